import type { Db, Prisma } from "../db/open";
import { extractionSchema, type Extraction } from "../extraction/schema";
import { identityOf } from "../review/fact-identity";
import { FACT_SCHEMAS, listFacts, type ReviewFact } from "../review/facts";
import { matchFacts, type ArticleSource } from "../review/match";
import { loadMatchWorld } from "../review/match-world";
import { reviewInputSchema, type RecordAs, type ReviewData, type ReviewInput, type ReviewResult } from "../review/review-input";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { DomainError, notFound, parseInput } from "./errors";
import { faultOps } from "./fault-injection";
import { planReview } from "./review-plan";
import { revisionData } from "./revisions";

/**
 * Records an editor's review of an article's extracted facts, all in one batch transaction:
 * accepted facts become new records or additions to the records they match (a citation quoting
 * the article, an alternate round numbering, a participant), each with its revision; the
 * extraction is marked reviewed. Stored values are never overwritten by an article's claim.
 * Any invalid fact fails the whole review, with its error filed under the fact's key.
 */
export async function acceptExtractedFacts({ db, actor }: DomainContext, articleId: string, input: ReviewInput): Promise<ReviewResult> {
  assertCanWrite(actor);
  const data = parseInput(reviewInputSchema, input);
  const { article, extraction, result } = await loadTarget(db, articleId, data.extractionId);
  const facts = listFacts(result);
  const decisions = checkDecisions(facts, data);
  const final = finalFacts(facts, decisions, article.text);

  const source: ArticleSource = {
    publisher: article.publisher ?? result.source.publisher,
    title: article.title ?? result.source.title,
    // The extractor's publishedAt carries the publisher's offset, so its first ten characters are the local day.
    publishedDate: result.source.publishedAt.slice(0, 10),
  };
  const world = await loadMatchWorld(db, final);
  const matches = matchFacts(final, world, source);
  const accepted = new Map<string, { recordAs: RecordAs; edited: boolean }>();
  for (const d of data.decisions) if (d.action !== "reject") accepted.set(d.key, { recordAs: d.recordAs, edited: d.action === "edit" });
  const plan = await planReview(db, actor, { article, facts: final, accepted, matches, world, source });
  const rejected = data.decisions.filter((d) => d.action === "reject").map((d) => d.key);

  try {
    await db.$transaction([
      // The guard: a second review of the same extraction (or one superseded meanwhile) fails here.
      db.articleExtraction.update({
        where: { id: extraction.id, reviewStatus: "pending" },
        data: { reviewStatus: "reviewed", reviewedAt: new Date(), reviewedById: actor.id },
      }),
      ...faultOps(db),
      ...plan.ops,
      db.extractionFeedback.createMany({ data: feedbackRows(actor.id, article.id, extraction.id, facts, final, data) }),
      db.revision.create({
        data: revisionData(actor, "article", article.id, "update", {
          before: { extractionId: extraction.id, reviewStatus: "pending" },
          after: {
            extractionId: extraction.id,
            reviewStatus: "reviewed",
            decisions: data.decisions.map((d) => ({ key: d.key, action: d.action, ...(d.action !== "reject" ? { recordAs: d.recordAs } : {}) })),
            written: plan.written,
          },
          reason: `Extracted facts reviewed: ${plan.written.length} accepted, ${rejected.length} rejected.`,
        }),
      }),
    ]);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "P2025" || code === "P2002") {
      throw new DomainError("conflict", "This article's facts, or a record they match, changed while you reviewed: reload the review and try again");
    }
    throw error;
  }
  return { articleId: article.id, extractionId: extraction.id, written: plan.written, rejected };
}

async function loadTarget(db: Db, articleId: string, extractionId: string) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, text: true, title: true, publisher: true } });
  if (!article) throw notFound("Article");
  const extraction = await db.articleExtraction.findFirst({ where: { id: extractionId, articleId } });
  if (!extraction) throw notFound("That extraction of the article");
  if (extraction.reviewStatus !== "pending") {
    const why = extraction.reviewStatus === "superseded" ? "was replaced by a newer extraction" : "were already reviewed";
    throw new DomainError("conflict", `These facts ${why}: reload the review`);
  }
  const parsed = extractionSchema.safeParse(extraction.result);
  if (!parsed.success) throw new DomainError("invalid", "The stored extraction is not in the expected shape; re-extract the article");
  return { article, extraction, result: parsed.data as Extraction };
}

type Decision = ReviewData["decisions"][number];

/** One row per decision, kept so the extractor can learn from reviews and never re-propose a rejected fact. */
function feedbackRows(reviewerId: string | null, articleId: string, extractionId: string, proposed: ReviewFact[], final: ReviewFact[], data: ReviewData) {
  const byKey = new Map(proposed.map((f, i) => [f.key, { proposed: f, final: final[i] }]));
  return data.decisions.map((d) => {
    const { proposed: p, final: f } = byKey.get(d.key)!;
    return {
      articleId,
      extractionId,
      factType: p.type,
      identity: identityOf(p),
      action: d.action,
      proposed: p.values as unknown as Prisma.InputJsonValue,
      recorded: d.action === "edit" ? (f.values as unknown as Prisma.InputJsonValue) : undefined,
      reviewerId,
    };
  });
}

/** Every fact of the extraction gets exactly one decision, and nothing else does. */
function checkDecisions(facts: ReviewFact[], data: ReviewData): Map<string, Decision> {
  const known = new Set(facts.map((f) => f.key));
  const decided = new Map<string, Decision>();
  const errors: Record<string, string> = {};
  for (const d of data.decisions) {
    if (!known.has(d.key)) errors[d.key] = "This extraction has no such fact";
    else if (decided.has(d.key)) errors[d.key] = "This fact was decided twice";
    else decided.set(d.key, d);
  }
  for (const f of facts) if (!decided.has(f.key) && !errors[f.key]) errors[f.key] = "Accept, edit or reject this fact";
  const entries = Object.entries(errors);
  if (entries.length) throw new DomainError("invalid", `${entries[0][0]}: ${entries[0][1]}`, errors);
  return decided;
}

/**
 * The facts as they will be recorded: edited values where the editor edited (checked by the fact
 * type's schema), and for every accepted fact a quote that is exactly the article's text at its offsets.
 */
function finalFacts(facts: ReviewFact[], decisions: Map<string, Decision>, text: string): ReviewFact[] {
  const errors: Record<string, string> = {};
  const out = facts.map((f): ReviewFact => {
    const d = decisions.get(f.key)!;
    if (d.action === "reject") return f;
    let values = f.values;
    if (d.action === "edit") {
      const parsed = FACT_SCHEMAS[f.type].safeParse(d.values);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) errors[[f.key, ...issue.path].join(".")] ??= issue.message;
        return f;
      }
      values = parsed.data;
    }
    const { start, end, quote } = values.evidence;
    if (end > text.length || text.slice(start, end) !== quote) {
      errors[`${f.key}.evidence`] = "The quote is not the article's text at these offsets";
    }
    return { ...f, values } as ReviewFact;
  });
  const entries = Object.entries(errors);
  if (entries.length) throw new DomainError("invalid", `${entries[0][0]}: ${entries[0][1]}`, errors);
  return out;
}
