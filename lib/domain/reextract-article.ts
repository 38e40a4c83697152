import { factCount } from "../ingest/article-json";
import { isoInZone } from "../validation/published-at";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { DomainError, notFound } from "./errors";
import { faultOps } from "./fault-injection";
import { revisionData } from "./revisions";
import { extractionCreateOp, knownPeople, runExtraction, turnedDownIdentities, withoutTurnedDown } from "./store-extraction";

/**
 * Runs the current extractor on a stored article again (after the extractor improved, say) and
 * puts the result up for review, superseding any extraction still pending. Facts an editor already
 * rejected for this article, or corrected into something else, are not proposed again.
 */
export async function reextractArticle({ db, actor }: DomainContext, articleId: string): Promise<{ extractionId: string; factCount: number; withheld: number }> {
  assertCanWrite(actor);
  const row = await db.article.findUnique({ where: { id: articleId } });
  if (!row) throw notFound("Article");
  if (!row.publishedAt) throw new DomainError("invalid", "Give the article's publication time first: relative dates are read from it", { publishedAt: "Required to extract" });
  const fresh = runExtraction(
    { text: row.text, publishedAt: isoInZone(row.publishedAt, row.timeZone), timeZone: row.timeZone, url: row.url },
    await knownPeople(db),
  );
  const result = withoutTurnedDown(fresh, await turnedDownIdentities(db, articleId));
  const created = extractionCreateOp(db, articleId, result);
  await db.$transaction([
    db.articleExtraction.updateMany({ where: { articleId, reviewStatus: "pending" }, data: { reviewStatus: "superseded" } }),
    ...faultOps(db),
    created.op,
    db.revision.create({
      data: revisionData(actor, "article", articleId, "update", {
        before: { extraction: "previous" },
        after: { extractionId: created.id, reviewStatus: "pending" },
        reason: "Facts extracted again for review.",
      }),
    }),
  ]);
  return { extractionId: created.id, factCount: factCount(result), withheld: factCount(fresh) - factCount(result) };
}
