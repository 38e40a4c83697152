import { FACT_KINDS } from "../../lib/extraction/scorer/apply";
import { fitType } from "../../lib/extraction/scorer/fit";
import type { ScorerModel } from "../../lib/extraction/scorer/model";
import type { ExampleSet } from "./training-data";

/** The settings every fit uses, so cross-validation measures exactly what training ships. */
export const FIT_SETTINGS = { l2: 0.05, beta: 1 };

export function fitModel(examples: ExampleSet, trainedOn: string, settings = FIT_SETTINGS): ScorerModel {
  const types = Object.fromEntries(FACT_KINDS.map((t) => [t, fitType(examples[t], settings)])) as ScorerModel["types"];
  return { version: 1, trainedOn, beta: settings.beta, l2: settings.l2, types };
}
