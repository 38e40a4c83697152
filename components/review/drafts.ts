import { FACT_SCHEMAS, type FactType, type FactValues, type ReviewFact } from "@/lib/review/facts";

/**
 * An edited fact as the card's inputs hold it (strings), and back to the extraction format, checked
 * by the same schema the server parses edits with. Evidence and confidence are kept from the extractor.
 */
export type Draft = Record<string, string>;

const text = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));

export function toDraft(f: ReviewFact): Draft {
  switch (f.type) {
    case "round": {
      const v = f.values;
      return { parties: v.parties.join(", "), number: text(v.number), level: v.level, status: v.status, when: text(v.when), location: text(v.location) };
    }
    case "tariff": {
      const v = f.values;
      return { imposer: v.imposer, target: v.target, sector: v.sector, rate: text(v.rate), kind: v.kind, status: v.status };
    }
    case "milestone":
      return { when: text(f.values.when), kind: f.values.kind, title: f.values.title };
    case "participant":
      return { name: f.values.name, country: f.values.country, role: f.values.role };
  }
}

const orNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null);
const code = (s: string | undefined) => (s ?? "").trim().toUpperCase();

function numberOrNaN(s: string | undefined): number | null {
  const t = (s ?? "").trim();
  return t === "" ? null : Number(t.replace(/%$/, ""));
}

function candidate(f: ReviewFact, d: Draft): Record<string, unknown> {
  const kept = { evidence: f.values.evidence, confidence: f.values.confidence };
  switch (f.type) {
    case "round":
      return {
        ...kept,
        parties: (d.parties ?? "").split(/[\s,;–-]+/).map(code).filter(Boolean),
        number: numberOrNaN(d.number),
        level: d.level,
        status: d.status,
        when: orNull(d.when),
        location: orNull(d.location),
      };
    case "tariff":
      return { ...kept, imposer: code(d.imposer), target: code(d.target), sector: d.sector, rate: numberOrNaN(d.rate), kind: d.kind, status: d.status };
    case "milestone":
      return { ...kept, when: orNull(d.when), kind: d.kind, title: (d.title ?? "").trim() };
    case "participant":
      return { ...kept, name: (d.name ?? "").trim(), country: code(d.country), role: (d.role ?? "").trim() };
  }
}

const FRIENDLY: Record<string, string> = {
  rate: "Enter the rate in percent, e.g. 25",
  number: "Enter a whole round number, or leave it empty",
  parties: "Give at least two economy codes, e.g. JPN, USA",
  imposer: "Use a three-letter code, e.g. USA",
  target: "Use a three-letter code, or * for all partners",
  country: "Use a three-letter code, e.g. JPN",
  name: "Give the person's name",
};

/** The edited values when they are valid; else a message per field. */
export function readDraft<T extends FactType>(
  f: ReviewFact & { type: T },
  d: Draft,
): { values: FactValues[T]; errors: null } | { values: null; errors: Record<string, string> } {
  const parsed = FACT_SCHEMAS[f.type].safeParse(candidate(f, d));
  if (parsed.success) return { values: parsed.data as FactValues[T], errors: null };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    errors[field] ??= FRIENDLY[field] ?? issue.message;
  }
  return { values: null, errors };
}
