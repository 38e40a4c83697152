/**
 * Storing articles on the real engines: article + extraction + revision together or not at all,
 * dedupe by address and by normalized text (also under concurrency), evidence that points into the
 * stored text (T17), facts waiting for review, metadata corrections with re-extraction.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import type { Extraction } from "../extraction/schema";
import type { Actor } from "./actor";
import { DomainError } from "./errors";
import { armWriteFault } from "./fault-injection";
import { ingestArticle } from "./ingest-article";
import { readArticle } from "./read-article";
import { updateArticle } from "./update-article";

const editor: Actor = { id: "u-editor", label: "editor@example.org", role: "editor" };
const viewer: Actor = { id: "u-viewer", label: "viewer@example.org", role: "viewer" };
const fixture = (name: string) => readFileSync(new URL(`../extraction/fixtures/${name}`, import.meta.url), "utf8");
const gold = (name: string) => JSON.parse(fixture(name.replace(".txt", ".gold.json"))) as { source: { publishedAt: string } };

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

function evidenceOf(result: Extraction) {
  return [...result.rounds, ...result.participants, ...result.tariffs, ...result.milestones].map((f) => f.evidence);
}

describe.each(TEST_ENGINES)("ingesting articles on %s", (engine) => {
  let t: TestDb;
  const counts = async () => Promise.all([t.db.article.count(), t.db.articleExtraction.count(), t.db.revision.count()]);
  const ctx = () => ({ db: t.db, actor: editor });

  beforeAll(async () => {
    t = await createTestDb(engine);
  });
  afterAll(async () => t?.drop());

  it("stores the article, its extraction (pending review) and a revision; every quote is the stored text at its offsets", async () => {
    const name = "fx-thailand-third-round.txt";
    const outcome = await ingestArticle(ctx(), { text: fixture(name), publishedAt: gold(name).source.publishedAt });
    expect(outcome.duplicate).toBe(false);
    expect(outcome.extraction?.reviewStatus).toBe("pending");
    expect(outcome.extraction?.factCount).toBeGreaterThan(0);

    const row = await t.db.article.findUniqueOrThrow({ where: { id: outcome.article.id }, include: { extractions: true } });
    expect(row.extractions).toHaveLength(1);
    const result = row.extractions[0].result as unknown as Extraction;
    for (const e of evidenceOf(result)) expect(row.text.slice(e.start, e.end)).toBe(e.quote);
    expect(result.source.publishedAt).toBe(outcome.article.publishedAt);

    const revisions = await t.db.revision.findMany({ where: { entityType: "article", entityId: row.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: "create", actorId: "u-editor" });
    // Nothing becomes a record without review.
    expect(await Promise.all([t.db.round.count(), t.db.tariffMeasure.count(), t.db.milestone.count(), t.db.citation.count()])).toEqual([0, 0, 0, 0]);
  });

  it("recognizes the same text pasted again, with other spacing, and returns the stored article", async () => {
    const name = "fx-brazil-letter-threat.txt";
    const first = await ingestArticle(ctx(), { text: fixture(name), publishedAt: gold(name).source.publishedAt });
    const before = await counts();
    const again = await ingestArticle(ctx(), { text: `\n\n${fixture(name).replaceAll("\n", "\r\n").replaceAll(". ", ".  ")}  `, publishedAt: "2025-01-01" });
    expect(again).toMatchObject({ duplicate: true, article: { id: first.article.id } });
    expect(again.extraction?.id).toBe(first.extraction?.id);
    expect(await counts()).toEqual(before);
  });

  it("recognizes the same address (tracking parameters and fragment aside) even with other text", async () => {
    const url = "https://news.example/2025/06/talks";
    const first = await ingestArticle(ctx(), { html: "<p>Japan and the United States meet on Friday for talks.</p>", url, publishedAt: "2025-06-02" });
    const before = await counts();
    const again = await ingestArticle(ctx(), { html: "<p>An updated version of the story, with more detail.</p>", url: `${url}?utm_source=x#top`, publishedAt: "2025-06-03" });
    expect(again).toMatchObject({ duplicate: true, article: { id: first.article.id } });
    expect(await counts()).toEqual(before);
  });

  it("stores one article when the same one is sent five times at once", async () => {
    const text = `Concurrent story ${engine}\n\nJapan and the United States will hold a new round of talks in Washington on Friday, officials said.`;
    const before = await counts();
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => ingestArticle(ctx(), { text, publishedAt: "2025-06-02T09:00:00+09:00" })));
    expect(new Set(outcomes.map((o) => o.article.id)).size).toBe(1);
    expect(outcomes.filter((o) => !o.duplicate).length).toBe(1);
    const after = await counts();
    expect(after.map((n, i) => n - before[i])).toEqual([1, 1, 1]);
  });

  it("writes nothing when a write fails half-way (T18)", async () => {
    const before = await counts();
    armWriteFault(true);
    try {
      await expect(ingestArticle(ctx(), { text: "Fault story\n\nTalks resume in Geneva on Monday.", publishedAt: "2025-06-02" })).rejects.toThrow();
    } finally {
      armWriteFault(false);
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses anonymous callers and viewers, and articles without a known publication time", async () => {
    const before = await counts();
    const input = { text: "Refused story\n\nTalks resume in Geneva on Monday.", publishedAt: "2025-06-02" };
    expect((await rejection(ingestArticle({ db: t.db, actor: null }, input))).code).toBe("unauthenticated");
    expect((await rejection(ingestArticle({ db: t.db, actor: viewer }, input))).code).toBe("forbidden");
    const undated = await rejection(ingestArticle(ctx(), { text: "Undated story\n\nTalks resume in Geneva on Monday." }));
    expect(undated.fieldErrors).toHaveProperty("publishedAt");
    expect((await rejection(ingestArticle(ctx(), { text: "x", html: "<p>y</p>", publishedAt: "2025-06-02" }))).fieldErrors).toHaveProperty("text");
    expect((await rejection(ingestArticle(ctx(), { text: "x", publishedAt: "2025-02-30" }))).fieldErrors).toHaveProperty("publishedAt");
    expect((await rejection(ingestArticle(ctx(), { text: "x", publishedAt: "2025-06-02", url: "javascript:alert(1)" }))).fieldErrors).toHaveProperty("url");
    expect(await counts()).toEqual(before);
  });

  it("reads an article with its current extraction, for editors only", async () => {
    const { article } = await ingestArticle(ctx(), { text: "Readable story\n\nTalks resume in Geneva on Monday, officials said.", publishedAt: "2025-06-02" });
    const read = await readArticle(ctx(), article.id);
    expect(read.article.text).toContain("Talks resume in Geneva");
    expect(read.extraction?.reviewStatus).toBe("pending");
    expect((await rejection(readArticle({ db: t.db, actor: viewer }, article.id))).code).toBe("forbidden");
    expect((await rejection(readArticle({ db: t.db, actor: null }, article.id))).code).toBe("unauthenticated");
    expect((await rejection(readArticle(ctx(), "no-such-article"))).code).toBe("not_found");
  });

  it("corrects details on the current version; a new publication time re-extracts a pending extraction", async () => {
    const text = "Japan, U.S. to meet\n\nJapan's chief negotiator Ryosei Akazawa will meet U.S. officials in Washington on Friday for a fourth round of tariff talks.";
    const { article, extraction } = await ingestArticle(ctx(), { text, publishedAt: "2025-05-26T10:00:00+09:00" });
    const friday = (e: Extraction | undefined) => e?.rounds[0]?.when;
    expect(friday(extraction?.result)).toBe("2025-05-30");

    const stale = await rejection(updateArticle(ctx(), article.id, { baseVersion: 2, reason: "fix the date", title: "x" }));
    expect(stale.code).toBe("conflict");
    const written = await updateArticle(ctx(), article.id, { baseVersion: 1, reason: "The byline gave the wrong week", publishedAt: "2025-06-02T10:00", timeZone: "Asia/Tokyo", publisher: "Kyodo" });
    expect(written).toEqual({ id: article.id, version: 2, reextracted: true });

    const read = await readArticle(ctx(), article.id);
    expect(read.article).toMatchObject({ publishedAt: "2025-06-02T10:00:00+09:00", timeZone: "Asia/Tokyo", publisher: "Kyodo", title: "Japan, U.S. to meet", version: 2 });
    expect(friday(read.extraction?.result)).toBe("2025-06-06");
    expect(await t.db.articleExtraction.groupBy({ by: ["reviewStatus"], where: { articleId: article.id }, _count: true })).toEqual(
      expect.arrayContaining([expect.objectContaining({ reviewStatus: "superseded" }), expect.objectContaining({ reviewStatus: "pending" })]),
    );
    const revisions = await t.db.revision.findMany({ where: { entityType: "article", entityId: article.id }, orderBy: { createdAt: "asc" } });
    expect(revisions.map((r) => r.action)).toEqual(["create", "update"]);
    expect(revisions[1].reason).toBe("The byline gave the wrong week");

    // A title fix alone leaves the extraction as it is.
    expect(await updateArticle(ctx(), article.id, { baseVersion: 2, reason: "Headline typo", title: "Japan and U.S. to meet" })).toMatchObject({ reextracted: false });
  });

  it("refuses an address another article already has (409)", async () => {
    const a = await ingestArticle(ctx(), { text: "Story A\n\nTalks resume in Geneva.", url: "https://news.example/a", publishedAt: "2025-06-02" });
    const b = await ingestArticle(ctx(), { text: "Story B\n\nTalks resume in Madrid.", publishedAt: "2025-06-02" });
    const error = await rejection(updateArticle(ctx(), b.article.id, { baseVersion: 1, reason: "add the address", url: "https://news.example/a#x" }));
    expect(error.code).toBe("conflict");
    expect(a.article.url).toBe("https://news.example/a");
  });
});
