import type { Db } from "../db/open";
import { articleSummary, extractionView, type ArticleSummary, type ExtractionView } from "../ingest/article-json";
import { prepareArticle, type PreparedArticle } from "../ingest/prepare";
import { articleInputSchema, bodyOf, type ArticleInput, type ArticleMeta } from "../validation/article";
import { PUBLISHED_AT_HINT } from "../validation/published-at";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { invalid, parseInput } from "./errors";
import { faultOps } from "./fault-injection";
import { newId } from "./ids";
import { CURRENT_EXTRACTION } from "./read-article";
import { revisionData } from "./revisions";
import { extractionCreateOp, knownPeople, runExtraction } from "./store-extraction";

export interface IngestOutcome {
  article: ArticleSummary;
  extraction: ExtractionView | null;
  /** True when the article was already stored (same address or same text): nothing was written. */
  duplicate: boolean;
}

/** Pasted or uploaded article → stored article with its extraction pending review. */
export async function ingestArticle(
  ctx: DomainContext,
  input: ArticleInput,
  options: { fallback?: Partial<ArticleMeta> } = {},
): Promise<IngestOutcome> {
  assertCanWrite(ctx.actor);
  const data = parseInput(articleInputSchema, input);
  return storeArticle(ctx, prepareArticle(bodyOf(data), data, options.fallback));
}

async function findExisting(db: Db, article: Pick<PreparedArticle, "url" | "contentHash">) {
  const or = [{ contentHash: article.contentHash }, ...(article.url ? [{ url: article.url }] : [])];
  const matches = await db.article.findMany({ where: { OR: or }, select: { id: true, url: true } });
  // The same address is the stronger sign of the same article than the same text.
  return matches.find((m) => article.url && m.url === article.url) ?? matches[0] ?? null;
}

async function existingOutcome(db: Db, id: string): Promise<IngestOutcome> {
  const row = await db.article.findUniqueOrThrow({ where: { id }, include: CURRENT_EXTRACTION });
  const [current] = row.extractions;
  return { article: articleSummary(row), extraction: current ? extractionView(current) : null, duplicate: true };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * Stores a prepared article unless it is already there (same URL or same normalized text), with
 * its extraction and a revision, in one batch transaction: after a crash either all three rows
 * exist or none does. Two concurrent stores of one article leave one row; the loser gets it back.
 */
export async function storeArticle({ db, actor }: DomainContext, prepared: PreparedArticle): Promise<IngestOutcome> {
  assertCanWrite(actor);
  const existing = await findExisting(db, prepared);
  if (existing) return existingOutcome(db, existing.id);
  const published = prepared.published;
  if (!published) throw invalid("publishedAt", `No publication time was found in the article. ${PUBLISHED_AT_HINT}`);

  const result = runExtraction({ text: prepared.text, publishedAt: published.iso, timeZone: published.timeZone, url: prepared.url }, await knownPeople(db));
  const id = newId();
  const extraction = extractionCreateOp(db, id, result);
  const columns = {
    title: prepared.title,
    publisher: prepared.publisher,
    url: prepared.url,
    publishedAt: published.instant,
    timeZone: published.timeZone,
    contentHash: prepared.contentHash,
  };
  try {
    await db.$transaction([
      db.article.create({ data: { id, ...columns, text: prepared.text, html: prepared.html } }),
      ...faultOps(db),
      extraction.op,
      db.revision.create({
        data: revisionData(actor, "article", id, "create", {
          after: { id, ...columns, publishedAt: published.iso, textLength: prepared.text.length, extractionId: extraction.id },
        }),
      }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await findExisting(db, prepared);
      if (winner) return existingOutcome(db, winner.id);
    }
    throw error;
  }
  return { ...(await existingOutcome(db, id)), duplicate: false };
}
