import type { Prisma } from "../db/open";
import { articleSummary } from "../ingest/article-json";
import { normalizeUrl } from "../ingest/normalize";
import { articleUpdateSchema, type ArticleUpdate } from "../validation/article";
import { isoInZone, parsePublishedAt, PUBLISHED_AT_HINT } from "../validation/published-at";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { conflict, DomainError, invalid, notFound, parseInput } from "./errors";
import { faultOps } from "./fault-injection";
import { revisionData } from "./revisions";
import { extractionCreateOp, knownPeople, runExtraction, turnedDownIdentities, withoutTurnedDown } from "./store-extraction";
import { runVersionedWrite } from "./versioned-write";

type Field = "title" | "publisher" | "url" | "publishedAt" | "timeZone";

/**
 * Corrects what was detected about an article (title, publisher, address, publication time and
 * zone). The text never changes: citations point into it. A changed time or zone moves relative
 * dates, so an extraction still pending review is run again and the old one superseded; a reviewed
 * one is left as the editor accepted it.
 */
export async function updateArticle(
  { db, actor }: DomainContext,
  id: string,
  input: ArticleUpdate,
): Promise<{ id: string; version: number; reextracted: boolean }> {
  assertCanWrite(actor);
  const data = parseInput(articleUpdateSchema, input);
  // A field left out of the body keeps its value; null clears it.
  const given = (key: Field) => typeof input === "object" && input !== null && key in input;
  const row = await db.article.findUnique({ where: { id } });
  if (!row) throw notFound("Article");
  const before = articleSummary(row);
  // Checked early too, so a stale save costs no extraction run.
  if (row.version !== data.baseVersion) throw conflict("This article", before);

  const url = given("url") ? normalizeUrl(data.url) : row.url;
  if (url && url !== row.url && (await db.article.findFirst({ where: { url, id: { not: id } }, select: { id: true } }))) {
    throw new DomainError("conflict", "Another stored article has this address", { url: "Another stored article has this address" });
  }
  let timeZone = given("timeZone") ? (data.timeZone ?? null) : row.timeZone;
  let publishedAt = row.publishedAt;
  if (given("publishedAt")) {
    const parsed = data.publishedAt ? parsePublishedAt(data.publishedAt, timeZone) : null;
    if (data.publishedAt && !parsed) throw invalid("publishedAt", PUBLISHED_AT_HINT);
    publishedAt = parsed?.instant ?? null;
    timeZone = parsed?.timeZone ?? timeZone;
  }
  const columns = {
    title: given("title") ? data.title : row.title,
    publisher: given("publisher") ? data.publisher : row.publisher,
    url,
    publishedAt,
    timeZone,
  };

  const timeMoved = columns.publishedAt?.getTime() !== row.publishedAt?.getTime() || columns.timeZone !== row.timeZone;
  const pending = await db.articleExtraction.count({ where: { articleId: id, reviewStatus: "pending" } });
  const reextract = Boolean(timeMoved && pending > 0 && publishedAt);
  const ops: Prisma.PrismaPromise<unknown>[] = [];
  if (reextract && columns.publishedAt) {
    const iso = isoInZone(columns.publishedAt, columns.timeZone);
    const result = withoutTurnedDown(
      runExtraction({ text: row.text, publishedAt: iso, timeZone: columns.timeZone, url: columns.url }, await knownPeople(db)),
      await turnedDownIdentities(db, id),
    );
    ops.push(
      db.articleExtraction.updateMany({ where: { articleId: id, reviewStatus: "pending" }, data: { reviewStatus: "superseded" } }),
      extractionCreateOp(db, id, result).op,
    );
  }
  const after = articleSummary({ ...row, ...columns, version: row.version + 1 });
  const written = await runVersionedWrite(db, {
    what: "This article",
    id,
    before: row,
    baseVersion: data.baseVersion,
    current: async () => articleSummary(await db.article.findUniqueOrThrow({ where: { id } })),
    ops: [
      db.article.update({ where: { id, version: data.baseVersion }, data: { ...columns, version: { increment: 1 } } }),
      ...faultOps(db),
      ...ops,
      db.revision.create({ data: revisionData(actor, "article", id, "update", { before, after, reason: data.reason }) }),
    ],
  });
  return { ...written, reextracted: reextract };
}
