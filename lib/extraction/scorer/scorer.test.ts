import { describe, expect, it } from "vitest";
import { extract, extractCandidates } from "../extract";
import { DEFAULT_MODEL } from "./default-model";
import { type Example, fitType } from "./fit";
import type { ScorerModel, TypeModel } from "./model";

/** Examples where a quote-and-hypothetical sentence is usually wrong and a dated past event right. */
function examples(): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < 60; i++) out.push({ x: { bias: 1, "cue.past": 1, rule: 0.8 }, y: i % 10 === 0 ? 0 : 1 });
  for (let i = 0; i < 40; i++) out.push({ x: { bias: 1, "cue.hypothetical": 1, "cue.quote": 1, rule: 0.6 }, y: i % 8 === 0 ? 1 : 0 });
  return out;
}

const keepAll: TypeModel = { weights: { bias: 20 }, threshold: 0.5, fitted: { examples: 0, positives: 0, precision: 0, recall: 0 } };
const model = (tariffs: TypeModel): ScorerModel => ({ version: 1, trainedOn: "test", beta: 1, l2: 0, types: { rounds: keepAll, participants: keepAll, tariffs, milestones: keepAll } });

describe("the candidate scorer", () => {
  it("learns which cues mark a wrong candidate, the same way every time", () => {
    const a = fitType(examples(), { l2: 0.05, beta: 1 });
    expect(a.weights["cue.hypothetical"]).toBeLessThan(0);
    expect(a.weights["cue.past"]).toBeGreaterThan(0);
    expect(fitType(examples(), { l2: 0.05, beta: 1 })).toEqual(a);
    expect(a.fitted).toMatchObject({ examples: 100, positives: 59 });
  });

  it("moves the threshold toward precision when beta is below 1 and toward recall above 1", () => {
    const precise = fitType(examples(), { l2: 0.05, beta: 0.3 });
    const eager = fitType(examples(), { l2: 0.05, beta: 3 });
    expect(precise.threshold).toBeGreaterThan(eager.threshold);
    expect(precise.fitted.precision).toBeGreaterThanOrEqual(eager.fitted.precision);
    expect(eager.fitted.recall).toBeGreaterThanOrEqual(precise.fitted.recall);
  });

  const text = "Tariff talk\n\nThe United States raised its tariff on Japanese cars to 25% on Thursday, officials said.";
  const input = { text, publishedAt: "2025-04-05" };

  it("keeps a candidate the model accepts and gives it the model's probability as confidence", () => {
    const rules = extractCandidates(input).candidates.tariffs;
    expect(rules.map((t) => [t.imposer, t.target, t.rate])).toContainEqual(["USA", "JPN", 25]);
    const kept = extract(input, model({ ...keepAll, weights: { bias: 1 } })).tariffs;
    expect(kept).toHaveLength(rules.length);
    expect(kept[0].confidence).toBeCloseTo(0.731, 3);
  });

  it("drops a candidate the model scores below its threshold", () => {
    expect(extract(input, model({ ...keepAll, weights: { bias: -2 } })).tariffs).toEqual([]);
  });

  it("ships a trained model for every fact type", () => {
    for (const t of Object.values(DEFAULT_MODEL.types)) {
      expect(t.fitted.examples).toBeGreaterThan(0);
      expect(Object.keys(t.weights).length).toBeGreaterThan(5);
    }
  });
});
