import "server-only";
import { assertCanWrite } from "../domain/actor";
import type { DomainContext } from "../domain/context";
import { notFound } from "../domain/errors";
import { extractionSchema, type Extraction } from "../extraction/schema";
import { isoInZone } from "../validation/published-at";
import { listFacts } from "./facts";
import { matchFacts, type ArticleSource, type FactMatch, type MatchWorld } from "./match";
import { loadMatchWorld } from "./match-world";
import type { WrittenFact } from "./review-input";
import { withLinks } from "./written-links";

/** Everything the review page (and GET /api/v1/articles/<id>/review) shows for one article. */
export interface ReviewState {
  article: { id: string; title: string | null; publisher: string | null; url: string | null; publishedAt: string | null; text: string };
  extraction: { id: string; reviewStatus: string; extractedAt: string; result: Extraction } | null;
  source: ArticleSource;
  /** The stored records the facts may match; the page re-runs the match on them as facts are edited. */
  world: MatchWorld;
  matches: Record<string, FactMatch>;
  /** Once reviewed: when, by whom, and what was written. */
  reviewed: { at: string | null; by: string | null; written: WrittenFact[] } | null;
}

const EMPTY_WORLD: MatchWorld = { negotiations: [], rounds: [], tariffs: [], milestones: [], people: [] };

export async function loadReview({ db, actor }: DomainContext, articleId: string): Promise<ReviewState> {
  // Pending facts are the editors' workspace, as the article API has it.
  assertCanWrite(actor);
  const row = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      publisher: true,
      url: true,
      publishedAt: true,
      timeZone: true,
      text: true,
      extractions: { where: { reviewStatus: { not: "superseded" } }, orderBy: [{ extractedAt: "desc" }, { id: "desc" }], take: 1 },
    },
  });
  if (!row) throw notFound("Article");
  const { extractions, timeZone, publishedAt, ...article } = row;
  const [current] = extractions;
  const parsed = current ? extractionSchema.safeParse(current.result) : null;
  const result = parsed?.success ? parsed.data : null;
  const published = publishedAt ? isoInZone(publishedAt, timeZone) : null;
  const source: ArticleSource = {
    publisher: article.publisher ?? result?.source.publisher ?? null,
    title: article.title ?? result?.source.title ?? null,
    publishedDate: (result?.source.publishedAt ?? published)?.slice(0, 10) ?? null,
  };
  const facts = result ? listFacts(result) : [];
  const world = facts.length ? await loadMatchWorld(db, facts) : EMPTY_WORLD;

  let reviewed: ReviewState["reviewed"] = null;
  if (current?.reviewStatus === "reviewed") {
    const revisions = await db.revision.findMany({
      where: { entityType: "article", entityId: article.id, action: "update" },
      orderBy: { createdAt: "desc" },
      take: 20,
    });
    const revision = revisions.find((r) => (r.after as { extractionId?: string } | null)?.extractionId === current.id);
    const written = ((revision?.after as { written?: WrittenFact[] } | null)?.written ?? []).filter((w) => w && typeof w.id === "string");
    reviewed = { at: current.reviewedAt?.toISOString() ?? null, by: revision?.actorLabel ?? null, written: await withLinks(db, written) };
  }
  return {
    article: { ...article, publishedAt: published },
    extraction: current && result ? { id: current.id, reviewStatus: current.reviewStatus, extractedAt: current.extractedAt.toISOString(), result } : null,
    source,
    world,
    matches: result ? matchFacts(facts, world, source) : {},
    reviewed,
  };
}
