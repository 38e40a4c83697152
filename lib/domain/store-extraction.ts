import type { Db, Prisma } from "../db/open";
import { extract } from "../extraction/extract";
import type { Extraction } from "../extraction/schema";
import { factCount } from "../ingest/article-json";
import { isIanaZone } from "../validation/published-at";
import { newId } from "./ids";

/**
 * Runs the extractor on an article's stored text and makes the row that keeps its output for
 * review. The facts stay there, pending, until an editor accepts them as records.
 */
export function runExtraction(article: { text: string; publishedAt: string; timeZone: string | null; url: string | null }): Extraction {
  return extract({
    text: article.text,
    publishedAt: article.publishedAt,
    // The extractor takes IANA names; a bare offset is already in publishedAt.
    timeZone: article.timeZone && isIanaZone(article.timeZone) ? article.timeZone : undefined,
    url: article.url,
  });
}

export function extractionCreateOp(db: Db, articleId: string, result: Extraction): { id: string; op: Prisma.PrismaPromise<unknown> } {
  const id = newId();
  const data = {
    id,
    articleId,
    result: result as unknown as Prisma.InputJsonValue,
    factCount: factCount(result),
    reviewStatus: "pending",
  };
  return { id, op: db.articleExtraction.create({ data }) };
}
