/**
 * The editors' article list on the real engines: newest first, paged, and each article's facts as
 * they stand (awaiting review; reviewed with the number accepted, as the review recorded it).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import { acceptExtractedFacts } from "../domain/accept-extracted-facts";
import type { Actor } from "../domain/actor";
import { ingestArticle } from "../domain/ingest-article";
import { revisionData } from "../domain/revisions";
import { listFacts } from "../review/facts";
import type { Extraction } from "../extraction/schema";
import { ARTICLES_PAGE_SIZE, listArticles } from "./articles";

const editor: Actor = { id: "u-editor", label: "editor@example.org", role: "editor" };
const story = (tag: string) =>
  `Tariff talks, part ${tag}\n\nJapan and the United States will hold a new round of tariff talks in Washington on Friday, officials said on Monday (${tag}).`;

describe.each(TEST_ENGINES)("the article list on %s", (engine) => {
  let t: TestDb;
  const ctx = () => ({ db: t.db, actor: editor });

  beforeAll(async () => {
    t = await createTestDb(engine);
  });
  afterAll(async () => t?.drop());

  it("is honest when nothing is stored", async () => {
    expect(await listArticles(t.db)).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });

  it("lists the newest first, in the publisher's time, with the facts awaiting review", async () => {
    const first = await ingestArticle(ctx(), { text: story("A"), publisher: "Kyodo News", publishedAt: "2025-06-02T13:30", timeZone: "Asia/Tokyo" });
    const second = await ingestArticle(ctx(), { text: story("B"), publishedAt: "2025-06-03" });
    const { items, total } = await listArticles(t.db);
    expect(total).toBe(2);
    expect(items.map((a) => a.id)).toEqual([second.article.id, first.article.id]);
    expect(items[1]).toMatchObject({
      publisher: "Kyodo News",
      publishedAt: "2025-06-02T13:30:00+09:00",
      timeZone: "Asia/Tokyo",
      facts: { status: "pending", awaiting: first.extraction?.factCount },
    });
    expect(first.extraction?.factCount).toBeGreaterThan(0);
  });

  it("counts what a review accepted", async () => {
    const outcome = await ingestArticle(ctx(), { text: story("C"), publishedAt: "2025-06-04" });
    const row = await t.db.articleExtraction.findFirstOrThrow({ where: { articleId: outcome.article.id } });
    const facts = listFacts(row.result as unknown as Extraction);
    await acceptExtractedFacts(ctx(), outcome.article.id, { extractionId: row.id, decisions: facts.map((f) => ({ key: f.key, action: "reject" as const })) });
    const reviewed = (await listArticles(t.db)).items.find((a) => a.id === outcome.article.id);
    expect(reviewed?.facts).toEqual({ status: "reviewed", total: facts.length, accepted: 0 });

    // A review that wrote records: the count is what its revision lists as written.
    const other = await ingestArticle(ctx(), { text: story("D"), publishedAt: "2025-06-05" });
    const extraction = await t.db.articleExtraction.findFirstOrThrow({ where: { articleId: other.article.id } });
    const written = [{ key: "round:0", entityType: "round", id: "r1", change: "created", description: "Round 1" }];
    await t.db.$transaction([
      t.db.articleExtraction.update({ where: { id: extraction.id }, data: { reviewStatus: "reviewed", reviewedAt: new Date() } }),
      t.db.revision.create({ data: revisionData(editor, "article", other.article.id, "update", { after: { extractionId: extraction.id, reviewStatus: "reviewed", written } }) }),
    ]);
    const item = (await listArticles(t.db)).items.find((a) => a.id === other.article.id);
    expect(item?.facts).toEqual({ status: "reviewed", total: extraction.factCount, accepted: 1 });
  });

  it("pages by the page size and keeps an out-of-range page within bounds", async () => {
    const total = await t.db.article.count();
    const extra = ARTICLES_PAGE_SIZE + 1 - total;
    for (let i = 0; i < extra; i++) await ingestArticle(ctx(), { text: story(`page ${i}`), publishedAt: "2025-06-06" });
    const one = await listArticles(t.db, 1);
    const two = await listArticles(t.db, 2);
    expect([one.items.length, two.items.length, one.pageCount]).toEqual([ARTICLES_PAGE_SIZE, 1, 2]);
    expect(two.items[0].id).not.toBe(one.items[0].id);
    expect((await listArticles(t.db, 99)).page).toBe(2);
    expect((await listArticles(t.db, -3)).page).toBe(1);
  });
});
