import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { extract } from "../../extraction/extract";
import type { Extraction } from "../../extraction/schema";
import type { Db, Prisma } from "../../db/open";

/** The review fixtures: articles written for these tests, in e2e/fixtures/articles. */
export const FIXTURE_DIR = path.resolve(import.meta.dirname, "../../../e2e/fixtures/articles");

/** A fixture article and its NAME.meta.json (the import's format): publisher, publication time and zone. */
function fixture(name: string) {
  const meta = JSON.parse(readFileSync(path.join(FIXTURE_DIR, `${name}.meta.json`), "utf8")) as { publisher: string; publishedAt: string; timeZone: string };
  return { file: `${name}.txt`, ...meta };
}

/** Japan's envoy plans a "sixth round" in Washington the week of 2 June 2025 (own words, not a real story). */
export const KYODO_FIXTURE = fixture("kyodo-sixth-round");

/**
 * Stores an article and the real extractor's output for it, as ingest does: the test's stand-in for
 * the ingest use case, which the review does not depend on.
 */
export async function storeArticle(
  db: Db,
  fixture: { file: string; publisher: string; publishedAt: string; timeZone: string },
  transform: (text: string) => string = (t) => t,
): Promise<{ articleId: string; extractionId: string; text: string; extraction: Extraction }> {
  const text = transform(readFileSync(path.join(FIXTURE_DIR, fixture.file), "utf8")).trim();
  const extraction = extract({ text, publishedAt: fixture.publishedAt, timeZone: fixture.timeZone });
  const article = await db.article.create({
    data: {
      text,
      publisher: fixture.publisher,
      title: extraction.source.title,
      publishedAt: new Date(fixture.publishedAt),
      timeZone: fixture.timeZone,
      contentHash: createHash("sha256").update(text).digest("hex"),
    },
  });
  const factCount = extraction.rounds.length + extraction.participants.length + extraction.tariffs.length + extraction.milestones.length;
  const row = await db.articleExtraction.create({
    data: { articleId: article.id, result: extraction as unknown as Prisma.InputJsonValue, factCount },
  });
  return { articleId: article.id, extractionId: row.id, text, extraction };
}
