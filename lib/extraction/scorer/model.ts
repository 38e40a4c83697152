import { z } from "zod";
import type { Features, FactKind } from "./features";

/**
 * A logistic-regression scorer per fact type: p = σ(Σ wᵢ·xᵢ). A candidate is kept when p reaches its
 * type's threshold, and p becomes the fact's confidence. Weights live in weights.json, written by
 * `npm run train:extract`; a feature the file does not know weighs nothing.
 */
export const typeModelSchema = z.object({
  weights: z.record(z.string(), z.number()),
  threshold: z.number().min(0).max(1),
  /** What the threshold was chosen for, and what it gave on the training data. */
  fitted: z.object({ examples: z.number(), positives: z.number(), precision: z.number(), recall: z.number() }),
});
export const scorerModelSchema = z.object({
  version: z.literal(1),
  trainedOn: z.string(),
  /** Sets the thresholds, 1/(1+β²): β < 1 favours precision, β > 1 recall. */
  beta: z.number().positive(),
  l2: z.number().min(0),
  types: z.object({
    rounds: typeModelSchema,
    participants: typeModelSchema,
    tariffs: typeModelSchema,
    milestones: typeModelSchema,
  }),
});
export type ScorerModel = z.infer<typeof scorerModelSchema>;
export type TypeModel = z.infer<typeof typeModelSchema>;

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function probability(model: TypeModel, x: Features): number {
  let z = 0;
  for (const name in x) z += (model.weights[name] ?? 0) * x[name];
  return sigmoid(z);
}

export function scoreWith(model: ScorerModel, type: FactKind, x: Features): { p: number; keep: boolean } {
  const p = probability(model.types[type], x);
  return { p, keep: p >= model.types[type].threshold };
}
