import { extractCandidates } from "../../lib/extraction/extract";
import type { Example } from "../../lib/extraction/scorer/fit";
import { candidateFeatures, FACT_KINDS } from "../../lib/extraction/scorer/apply";
import type { FactKind } from "../../lib/extraction/scorer/features";
import type { Article } from "./corpus";
import { type FactSet, scoreArticle } from "./score";

export type ExampleSet = Record<FactKind, Example[]>;

export const emptyExamples = (): ExampleSet => ({ rounds: [], participants: [], tariffs: [], milestones: [] });

/**
 * Labels every rule candidate of an article against its gold: a hit is a positive, a false positive
 * a negative; candidates the scoring treats as neither (optional facts, restated rounds) teach nothing.
 */
export function examplesFromArticle(article: Article, into: ExampleSet = emptyExamples()): ExampleSet {
  if (!article.gold) return into;
  const { ctx, candidates } = extractCandidates({ text: article.text, publishedAt: article.gold.source.publishedAt });
  const scores = scoreArticle(candidates as unknown as FactSet, article.gold as unknown as FactSet);
  for (const type of FACT_KINDS) {
    candidateFeatures(ctx, candidates, type).forEach(({ x }, i) => {
      const outcome = scores[type].outcomes[i];
      if (outcome === "hit" || outcome === "fp") into[type].push({ x, y: outcome === "hit" ? 1 : 0 });
    });
  }
  return into;
}

export function examplesFrom(articles: Article[]): ExampleSet {
  const set = emptyExamples();
  for (const a of articles) examplesFromArticle(a, set);
  return set;
}

export function mergeExamples(...sets: ExampleSet[]): ExampleSet {
  const all = emptyExamples();
  for (const s of sets) for (const t of FACT_KINDS) all[t].push(...s[t]);
  return all;
}

