import { type ScorerModel, scorerModelSchema } from "./model";
import weights from "./weights.json";

/** The shipped model, checked once at load so a hand-edited file fails loudly rather than scoring wrong. */
export const DEFAULT_MODEL: ScorerModel = scorerModelSchema.parse(weights);
