import { articleDetail, extractionView, type ArticleDetail, type ExtractionView } from "../ingest/article-json";
import type { DomainContext } from "./context";
import { DomainError, notFound } from "./errors";

/** The extraction in force: the newest one not superseded by a re-extraction. */
export const CURRENT_EXTRACTION = {
  extractions: { where: { reviewStatus: { not: "superseded" } }, orderBy: { extractedAt: "desc" as const }, take: 1 },
};

export interface ArticleWithExtraction {
  article: ArticleDetail;
  extraction: ExtractionView | null;
}

/** An article with its current extraction. Editors only: pending facts are their workspace. */
export async function readArticle({ db, actor }: DomainContext, id: string): Promise<ArticleWithExtraction> {
  if (!actor) throw new DomainError("unauthenticated", "Sign in as an editor to read stored articles");
  if (actor.role === "viewer") throw new DomainError("forbidden", "Only editors can read stored articles and their pending facts");
  const row = await db.article.findUnique({ where: { id }, include: CURRENT_EXTRACTION });
  if (!row) throw notFound("Article");
  const [current] = row.extractions;
  return { article: articleDetail(row), extraction: current ? extractionView(current) : null };
}
