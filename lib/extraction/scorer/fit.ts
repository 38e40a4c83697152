import type { Features } from "./features";
import { sigmoid, type TypeModel } from "./model";

/**
 * Fits one type's logistic regression by full-batch gradient descent with L2 (bias unpenalised),
 * from zero weights in a fixed feature order, so the same examples always give the same weights.
 * The threshold follows from beta (see thresholdFor); the training figures at it are kept.
 */
export interface Example {
  x: Features;
  y: 0 | 1;
}

export interface FitOptions {
  l2: number;
  beta: number;
  iterations?: number;
  rate?: number;
}

export function fitType(examples: Example[], { l2, beta, iterations = 600, rate = 0.5 }: FitOptions): TypeModel {
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.x)))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => Object.entries(e.x).map(([n, v]) => [index.get(n)!, v] as const));
  const w = new Float64Array(names.length);
  const n = Math.max(1, examples.length);
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(names.length);
    rows.forEach((row, k) => {
      let z = 0;
      for (const [i, v] of row) z += w[i] * v;
      const err = sigmoid(z) - examples[k].y;
      for (const [i, v] of row) grad[i] += err * v;
    });
    for (let i = 0; i < w.length; i++) {
      const penalty = names[i] === "bias" ? 0 : l2 * w[i];
      w[i] -= rate * (grad[i] / n + penalty);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    if (Math.abs(w[i]) > 1e-9) weights[name] = Math.round(w[i] * 1e6) / 1e6;
  });
  const scored = rows.map((row, k) => ({ p: sigmoid(row.reduce((z, [i, v]) => z + w[i] * v, 0)), y: examples[k].y }));
  return { weights, ...bestThreshold(scored, beta) };
}

/**
 * The cost-sensitive decision rule: with calibrated probabilities, keeping a fact is worth it when
 * p ≥ 1 / (1 + β²), i.e. when a missed fact costs β² times a wrong one (β = 1: more likely right
 * than wrong). Tuning the threshold for F-beta on the training examples themselves overfits small
 * corpora, which cross-validation showed; this rule has nothing to fit.
 */
export const thresholdFor = (beta: number) => Math.round((1 / (1 + beta * beta)) * 1000) / 1000;

function bestThreshold(scored: { p: number; y: 0 | 1 }[], beta: number): Pick<TypeModel, "threshold" | "fitted"> {
  const threshold = thresholdFor(beta);
  const positives = scored.filter((s) => s.y === 1).length;
  let tp = 0;
  let fp = 0;
  for (const s of scored) {
    if (s.p < threshold) continue;
    if (s.y) tp++;
    else fp++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = positives ? tp / positives : 1;
  return { threshold, fitted: { examples: scored.length, positives, precision: round3(precision), recall: round3(recall) } };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
