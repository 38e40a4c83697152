import type { Sector, TariffKind, TariffStatus } from "../vocab/vocab";

/**
 * Kind and status of a rate from the words around it. Each cue is a general phrase of tariff
 * reporting (layering: "baseline", "on top of", "for a total of", "including the existing duty";
 * life cycle: "threatened", "takes effect", "paused", "agreed", "lifted").
 */
const MFN = /\b(?:most-favou?red-nation|mfn|standard duty|long-standing|normal duty|older duty|existing duty|ordinary duty|regular duty)\b/i;
const COMBINED = /\b(?:combined|total|all-in|in all|altogether|cumulative|together|stacked|for a total of|including the existing|includes the)\b/i;
const BASELINE = /\b(?:baseline|across-the-board|across the board|universal|blanket)\b/i;
const COUNTRY = /\b(?:reciprocal|country-specific|fentanyl|penalty|country)\b/i;
const OTHER = /\b(?:additional|extra|secondary|penalty)\b/i;
const RETALIATION = /\b(?:counter-?tariffs?|countermeasures?|retaliat\w*|matching)\b/i;
const DEAL = /\b(?:deal|agreement|agreed|framework|truce|arrangement|settle\w*|negotiated)\b/i;

const PAUSED = /\b(?:suspend\w*|suspension|pause[ds]?|pausing|on hold|delay\w*|postpone\w*|reprieve|deferred|exempt\w*)\b/i;
const THREAT = /\b(?:threat\w*|warn\w*|could (?:rise|face|climb|go)|would (?:face|rise|impose|apply)|plans? to impose|promised to impose|vow\w*|without a deal|looms|if\b.*\b(?:does not|doesn't|fails)|proposed)\b/i;
const REMOVED = /\b(?:lift\w*|remov\w*|scrap\w*|withdr[ae]w\w*|eliminat\w*|no longer|ended|rolled back|replaced|dropp?\w*)\b/i;
const IN_EFFECT = /\b(?:took effect|in effect|in force|kicked in|pays?|paying|paid|faces?|facing|currently|remains?|subject to|since|stood at|stands at|stays? at|applies|apply|imposed|hit|have been|has been|still|existing|now)\b/i;
const ANNOUNCED = /\b(?:announc\w*|set|ordered|will take effect|takes effect on|due to|set to|will rise|to take effect|from (?:aug|sept?|oct|nov|dec|jan|feb|mar|apr|may|jun|jul)\w*|raised|will (?:apply|face|pay|go|be))\b/i;

export interface LabelInput {
  /** Words of the rate's own clause and phrase. */
  window: string;
  sector: Sector;
  imposerIsUS: boolean;
  targetIsAll: boolean;
  /** The rate is the old value in "to 30% from 145%" / "rather than 27.5%". */
  replacedBy: "future" | "past" | null;
}

export function tariffStatus(x: LabelInput): TariffStatus {
  const w = x.window;
  if (x.replacedBy) return x.replacedBy === "future" ? "in-effect" : "removed";
  if (PAUSED.test(w)) return "paused";
  if (THREAT.test(w)) return "threatened";
  if (DEAL.test(w) && !/\bwithout\b/i.test(w)) return "agreed";
  if (REMOVED.test(w)) return "removed";
  if (IN_EFFECT.test(w) && !/\bwill\b/i.test(w)) return "in-effect";
  if (ANNOUNCED.test(w)) return "announced";
  return "in-effect";
}

export function tariffKind(x: LabelInput, status: TariffStatus): TariffKind {
  const w = x.window;
  if (MFN.test(w)) return "mfn";
  if (!x.imposerIsUS && RETALIATION.test(w)) return "retaliatory";
  if (COMBINED.test(w)) return "combined";
  if (!x.imposerIsUS) return "retaliatory";
  if (status === "agreed") return "agreed";
  if (BASELINE.test(w)) return "baseline";
  if (x.sector !== "all") return "sectoral";
  if (COUNTRY.test(w)) return "country-specific";
  if (OTHER.test(w)) return "other";
  return x.targetIsAll ? "baseline" : "country-specific";
}
