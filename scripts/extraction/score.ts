import { nameKey } from "../../lib/extraction/fold";
import { whenInside, whenOverlaps } from "./when-range";

/**
 * Scoring as corpus/FORMAT.md describes it. Facts are matched one-to-one on their key fields
 * (maximum matching, required gold facts first); a fact matched to an optional gold fact is
 * neither a hit nor a false positive. Attributes are compared only on matched pairs.
 */
export const FACT_TYPES = ["rounds", "participants", "tariffs", "milestones"] as const;
export type FactType = (typeof FACT_TYPES)[number];

export type Fact = Record<string, unknown> & { required?: boolean };
export type FactSet = Record<FactType, Fact[]>;

const sameParties = (a: Fact, b: Fact) =>
  JSON.stringify([...(a.parties as string[])].sort()) === JSON.stringify([...(b.parties as string[])].sort());

/** Does extracted fact `e` match gold fact `g` on the key fields of its type? */
export const KEY_MATCH: Record<FactType, (e: Fact, g: Fact) => boolean> = {
  rounds: (e, g) =>
    sameParties(e, g) && (g.number === null ? whenInside(e.when as string | null, g.when as string | null) : e.number === g.number),
  participants: (e, g) => nameKey(String(e.name)) === nameKey(String(g.name)) && e.country === g.country,
  tariffs: (e, g) =>
    e.imposer === g.imposer && e.target === g.target && e.sector === g.sector && Math.abs(Number(e.rate) - Number(g.rate)) < 1e-6,
  milestones: (e, g) => e.kind === g.kind && whenInside(e.when as string | null, g.when as string | null),
};

/** Attributes scored on matched pairs. */
export const ATTRIBUTES: Record<FactType, Record<string, (e: Fact, g: Fact) => boolean>> = {
  rounds: {
    status: (e, g) => e.status === g.status,
    level: (e, g) => e.level === g.level,
    when: (e, g) => whenInside(e.when as string | null, g.when as string | null),
    location: (e, g) => nameKey(String(e.location ?? "")) === nameKey(String(g.location ?? "")),
  },
  participants: { role: (e, g) => roleOverlap(String(e.role), String(g.role)) },
  tariffs: { kind: (e, g) => e.kind === g.kind, status: (e, g) => e.status === g.status },
  milestones: {},
};

/** Roles are free text: count a role right when it shares a content word with the gold role. */
function roleOverlap(a: string, b: string): boolean {
  const words = (s: string) => new Set(nameKey(s).split(" ").filter((w) => w.length > 3));
  const wa = words(a);
  return [...words(b)].some((w) => wa.has(w));
}

/** Kuhn's augmenting-path matching of extracted facts to the given gold facts. */
function maximumMatching(extracted: Fact[], gold: Fact[], match: (e: Fact, g: Fact) => boolean, taken: Set<number>): Map<number, number> {
  const goldOf = new Map<number, number>(); // gold index → extracted index
  const tryAssign = (e: number, seen: Set<number>): boolean => {
    for (let g = 0; g < gold.length; g++) {
      if (seen.has(g) || !match(extracted[e], gold[g])) continue;
      seen.add(g);
      const holder = goldOf.get(g);
      if (holder === undefined || tryAssign(holder, seen)) {
        goldOf.set(g, e);
        return true;
      }
    }
    return false;
  };
  for (let e = 0; e < extracted.length; e++) if (!taken.has(e)) tryAssign(e, new Set());
  const byExtracted = new Map<number, number>();
  for (const [g, e] of goldOf) byExtracted.set(e, g);
  return byExtracted;
}

/** hit: matches a required gold fact; optional / neutral: allowed either way; fp: a false positive. */
export type Outcome = "hit" | "optional" | "neutral" | "fp";

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  misses: Fact[];
  falsePositives: Fact[];
  attributes: Record<string, { right: number; total: number }>;
  /** What became of each extracted fact, in order: the labels a scorer learns from. */
  outcomes: Outcome[];
  /** Matched pairs that disagree on an attribute: what the extractor said and what the gold says. */
  disagreements: { attribute: string; extracted: Fact; gold: Fact }[];
}

/** FORMAT.md (2026-12-07): a meeting, summit or call milestone on the date of a gold round restates that round. */
const RESTATING_KINDS = new Set(["meeting", "summit", "call"]);
const restatesRound = (m: Fact, goldRounds: Fact[]) =>
  RESTATING_KINDS.has(String(m.kind)) && goldRounds.some((r) => whenOverlaps(m.when as string | null, r.when as string | null));

/**
 * Scores one fact type of one article. `goldRounds` (the article's gold rounds) lets an unmatched
 * milestone that restates a round count as neutral rather than as a false positive.
 */
export function scoreType(type: FactType, extracted: Fact[], gold: Fact[], goldRounds: Fact[] = []): TypeScore {
  const required = gold.filter((g) => g.required !== false);
  const optional = gold.filter((g) => g.required === false);
  const match = KEY_MATCH[type];
  const toRequired = maximumMatching(extracted, required, match, new Set());
  const toOptional = maximumMatching(extracted, optional, match, new Set(toRequired.keys()));
  const attributes: TypeScore["attributes"] = {};
  const disagreements: TypeScore["disagreements"] = [];
  for (const [name, same] of Object.entries(ATTRIBUTES[type])) {
    attributes[name] = { right: 0, total: 0 };
    for (const [e, g] of [...toRequired].map(([e, g]) => [e, required[g]] as const).concat([...toOptional].map(([e, g]) => [e, optional[g]] as const))) {
      attributes[name].total++;
      if (same(extracted[e], g)) attributes[name].right++;
      else disagreements.push({ attribute: name, extracted: extracted[e], gold: g });
    }
  }
  const matchedGold = new Set(toRequired.values());
  const neutral = (f: Fact, i: number) =>
    toRequired.has(i) || toOptional.has(i) || (type === "milestones" && restatesRound(f, goldRounds));
  const falsePositives = extracted.filter((f, i) => !neutral(f, i));
  const outcomes = extracted.map((f, i): Outcome =>
    toRequired.has(i) ? "hit" : toOptional.has(i) ? "optional" : neutral(f, i) ? "neutral" : "fp",
  );
  return {
    tp: toRequired.size,
    fp: falsePositives.length,
    fn: required.length - toRequired.size,
    misses: required.filter((_, i) => !matchedGold.has(i)),
    falsePositives,
    outcomes,
    attributes,
    disagreements,
  };
}

export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Every fact type of one article, with the FORMAT.md rules that need the whole gold record. */
export function scoreArticle(extracted: FactSet, gold: FactSet): Record<FactType, TypeScore> {
  return Object.fromEntries(
    FACT_TYPES.map((type) => [type, scoreType(type, extracted[type], gold[type], gold.rounds)]),
  ) as Record<FactType, TypeScore>;
}
