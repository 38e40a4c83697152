import "server-only";
import type { Db } from "../db/open";
import { isoInZone } from "../validation/published-at";

export const ARTICLES_PAGE_SIZE = 50;

/** Where an article's extracted facts stand: awaiting review, or reviewed with some recorded. */
export type FactsState =
  | { status: "pending"; awaiting: number }
  | { status: "reviewed"; total: number; accepted: number | null }
  | { status: "none" };

export interface ArticleListItem {
  id: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  /** With the publisher's offset, e.g. 2025-06-02T13:30:00+09:00. */
  publishedAt: string | null;
  timeZone: string | null;
  addedAt: string;
  facts: FactsState;
}

export interface ArticlePage {
  items: ArticleListItem[];
  total: number;
  page: number;
  pageCount: number;
}

/** How many facts a review recorded, from the revision it wrote (the review page reads the same). */
function acceptedCounts(revisions: { entityId: string; after: unknown }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { after } of revisions) {
    const a = after as { extractionId?: unknown; written?: unknown } | null;
    if (typeof a?.extractionId === "string" && Array.isArray(a.written)) counts.set(a.extractionId, a.written.length);
  }
  return counts;
}

/**
 * Stored articles, the most recently added first, with where their facts stand. Three queries
 * whatever the page size: the articles with their current extraction, the count, and the review
 * revisions of the reviewed ones.
 */
export async function listArticles(db: Db, page = 1): Promise<ArticlePage> {
  const total = await db.article.count();
  const pageCount = Math.max(1, Math.ceil(total / ARTICLES_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const rows = await db.article.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * ARTICLES_PAGE_SIZE,
    take: ARTICLES_PAGE_SIZE,
    select: {
      id: true,
      title: true,
      publisher: true,
      url: true,
      publishedAt: true,
      timeZone: true,
      createdAt: true,
      extractions: {
        where: { reviewStatus: { not: "superseded" } },
        orderBy: [{ extractedAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { id: true, reviewStatus: true, factCount: true },
      },
    },
  });
  const reviewedIds = rows.filter((r) => r.extractions[0]?.reviewStatus === "reviewed").map((r) => r.id);
  const revisions = reviewedIds.length
    ? await db.revision.findMany({ where: { entityType: "article", action: "update", entityId: { in: reviewedIds } }, select: { entityId: true, after: true } })
    : [];
  const accepted = acceptedCounts(revisions);
  const items = rows.map(({ extractions: [extraction], createdAt, publishedAt, ...row }): ArticleListItem => {
    const facts: FactsState = !extraction
      ? { status: "none" }
      : extraction.reviewStatus === "reviewed"
        ? { status: "reviewed", total: extraction.factCount, accepted: accepted.get(extraction.id) ?? null }
        : { status: "pending", awaiting: extraction.factCount };
    return { ...row, publishedAt: publishedAt ? isoInZone(publishedAt, row.timeZone) : null, addedAt: createdAt.toISOString(), facts };
  });
  return { items, total, page: current, pageCount };
}
