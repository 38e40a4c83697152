import type { Context } from "../context";
import type { Extraction } from "../schema";
import { type Candidate, type FactKind, featuresOf } from "./features";
import { scoreWith, type ScorerModel } from "./model";

export const FACT_KINDS: FactKind[] = ["rounds", "participants", "tariffs", "milestones"];

/** Each candidate of one type with its feature vector, in the rules' order. */
export function candidateFeatures(ctx: Context, candidates: Extraction, type: FactKind) {
  const facts = candidates[type] as Candidate["fact"][];
  const perSentence = new Map<number, number>();
  for (const f of facts) perSentence.set(f.evidence.start, (perSentence.get(f.evidence.start) ?? 0) + 1);
  return facts.map((fact) => ({
    fact,
    x: featuresOf({ type, fact } as Candidate, ctx, perSentence.get(fact.evidence.start) ?? 1),
  }));
}

/** Keeps the candidates the model accepts; the model's probability becomes each fact's confidence. */
export function applyScorer(ctx: Context, candidates: Extraction, model: ScorerModel): Extraction {
  const out: Extraction = { ...candidates };
  for (const type of FACT_KINDS) {
    const kept = [];
    for (const { fact, x } of candidateFeatures(ctx, candidates, type)) {
      const { p, keep } = scoreWith(model, type, x);
      if (keep) kept.push({ ...fact, confidence: Math.round(p * 1000) / 1000 });
    }
    (out as Record<FactKind, unknown[]>)[type] = kept;
  }
  return out;
}
