import { FACT_TYPE_LABELS, type ReviewFact } from "@/lib/review/facts";

/** DOM ids and names of a fact's card and its evidence: "round:0" → "fact-round-0", "Round 1", "R1". */
const slug = (key: string) => key.replace(":", "-");
export const cardId = (key: string) => `fact-${slug(key)}`;
export const evidenceId = (key: string) => `evidence-${slug(key)}`;
export const fieldDomId = (key: string, field: string) => `${cardId(key)}-${field}`;

const ordinalOf = (f: ReviewFact) => Number(f.key.split(":")[1]) + 1;
export const factLabel = (f: ReviewFact) => `${FACT_TYPE_LABELS[f.type].one.toLowerCase()} ${ordinalOf(f)}`;
export const titleLabel = (f: ReviewFact) => `${FACT_TYPE_LABELS[f.type].one} ${ordinalOf(f)}`;
export const shortLabel = (f: ReviewFact) => `${FACT_TYPE_LABELS[f.type].one[0]}${ordinalOf(f)}`;
