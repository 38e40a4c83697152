import {
  milestoneSchema,
  participantSchema,
  roundSchema,
  tariffSchema,
  type Extraction,
  type ExtractedMilestone,
  type ExtractedParticipant,
  type ExtractedRound,
  type ExtractedTariff,
} from "../extraction/schema";

/**
 * The facts of one extraction as review items. A fact is named by its type and its index in the
 * stored extraction ("round:0", "tariff:2"): the key the review form, the API and the field errors
 * all use, so an error lands on the card it is about.
 */
export const FACT_TYPES = ["round", "participant", "tariff", "milestone"] as const;
export type FactType = (typeof FACT_TYPES)[number];

export interface FactValues {
  round: ExtractedRound;
  participant: ExtractedParticipant;
  tariff: ExtractedTariff;
  milestone: ExtractedMilestone;
}

export type ReviewFact = {
  [T in FactType]: { key: string; type: T; values: FactValues[T] };
}[FactType];

/** The extraction-format schema of each fact type: what an edited fact must still satisfy. */
export const FACT_SCHEMAS = {
  round: roundSchema,
  participant: participantSchema,
  tariff: tariffSchema,
  milestone: milestoneSchema,
} as const;

const LIST: Record<FactType, keyof Omit<Extraction, "source">> = {
  round: "rounds",
  participant: "participants",
  tariff: "tariffs",
  milestone: "milestones",
};

export const FACT_TYPE_LABELS: Record<FactType, { one: string; many: string }> = {
  round: { one: "Round", many: "Rounds" },
  participant: { one: "Participant", many: "Participants" },
  tariff: { one: "Tariff", many: "Tariffs" },
  milestone: { one: "Milestone", many: "Milestones" },
};

export const factKey = (type: FactType, index: number) => `${type}:${index}`;

export function parseFactKey(key: string): { type: FactType; index: number } | null {
  const m = /^(round|participant|tariff|milestone):(\d{1,4})$/.exec(key);
  return m ? { type: m[1] as FactType, index: Number(m[2]) } : null;
}

/** Every fact of an extraction, grouped in the order of the format: rounds, participants, tariffs, milestones. */
export function listFacts(extraction: Pick<Extraction, "rounds" | "participants" | "tariffs" | "milestones">): ReviewFact[] {
  return FACT_TYPES.flatMap((type) =>
    (extraction[LIST[type]] as FactValues[typeof type][]).map((values, index) => ({ key: factKey(type, index), type, values }) as ReviewFact),
  );
}
