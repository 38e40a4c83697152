import type { Db } from "../../lib/db/open";
import { extractCandidates } from "../../lib/extraction/extract";
import { candidateFeatures, FACT_KINDS } from "../../lib/extraction/scorer/apply";
import type { FactKind } from "../../lib/extraction/scorer/features";
import { factIdentity } from "../../lib/review/fact-identity";
import { FACT_SCHEMAS, type FactType } from "../../lib/review/facts";
import { isoInZone } from "../../lib/validation/published-at";
import { emptyExamples, type ExampleSet } from "./training-data";

const REVIEW_TYPE: Record<FactKind, FactType> = { rounds: "round", participants: "participant", tariffs: "tariff", milestones: "milestone" };

/**
 * Editors' decisions as training examples: the article is run through the rules again and each
 * candidate an editor decided on is labelled by that decision — accepted as proposed is a positive;
 * rejected, or corrected into a different fact, a negative. Candidates nobody decided on teach nothing.
 */
export async function examplesFromReviews(db: Db): Promise<{ examples: ExampleSet; decisions: number; articles: number }> {
  const rows = await db.extractionFeedback.findMany({
    orderBy: { createdAt: "asc" },
    select: { articleId: true, factType: true, identity: true, action: true, recorded: true },
  });
  const verdicts = new Map<string, Map<string, 0 | 1>>();
  for (const row of rows) {
    let label: 0 | 1 = row.action === "accept" ? 1 : 0;
    if (row.action === "edit") {
      const recorded = FACT_SCHEMAS[row.factType as FactType]?.safeParse(row.recorded);
      label = recorded?.success && factIdentity(row.factType as FactType, recorded.data) === row.identity ? 1 : 0;
    }
    const perArticle = verdicts.get(row.articleId) ?? new Map<string, 0 | 1>();
    // The latest decision on the same claim wins.
    perArticle.set(row.identity, label);
    verdicts.set(row.articleId, perArticle);
  }
  const examples = emptyExamples();
  const articles = await db.article.findMany({
    where: { id: { in: [...verdicts.keys()] }, publishedAt: { not: null } },
    select: { id: true, text: true, publishedAt: true, timeZone: true },
  });
  for (const a of articles) {
    const { ctx, candidates } = extractCandidates({ text: a.text, publishedAt: isoInZone(a.publishedAt!, a.timeZone) });
    const labels = verdicts.get(a.id)!;
    for (const type of FACT_KINDS) {
      for (const { fact, x } of candidateFeatures(ctx, candidates, type)) {
        const y = labels.get(factIdentity(REVIEW_TYPE[type], fact as never));
        if (y !== undefined) examples[type].push({ x, y });
      }
    }
  }
  return { examples, decisions: rows.length, articles: articles.length };
}
