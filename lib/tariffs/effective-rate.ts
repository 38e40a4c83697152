import type { TariffStacking, TariffStatus } from "../vocab/vocab";
import type { StepLayer, TariffLayerInput } from "./types";

/**
 * The stacking rule: how the layers that apply to one (imposer, target, sector) on one day make a
 * level. Every decision reads the measure's own data (stacking, scope, start date, kind "mfn");
 * no economy is named here.
 *
 * - Specificity: a sector-specific layer beats an all-goods one, then a partner-specific layer
 *   beats an all-partners one. Layers of equal specificity share a scope and are ordered in time.
 * - adds: counts on top of whatever else counts.
 * - replaces: displaces every less specific layer except the MFN duty (a Section 232 car duty
 *   instead of the reciprocal rate; Canada's own order instead of the worldwide baseline), and the
 *   earlier replaces/all-in layers of its own scope (the 84% China rate in place of the 34%), but
 *   not the earlier "adds" layers of its scope (the fentanyl duty stays on top).
 * - all-in: the whole duty, MFN included: displaces every MFN layer, every less specific layer and
 *   every layer of its scope that started no later than it; layers starting after it stack on top.
 * - A displaced layer displaces nothing, so a more specific layer shields what it keeps.
 */

/** A layer placed for stacking: `start` orders it in time ("" since before the record). */
export interface PlacedLayer {
  layer: TariffLayerInput;
  start: string;
  status: TariffStatus;
}

export interface StackedLevel {
  rate: number;
  layers: StepLayer[];
  /** The placed layers that count, oldest first. */
  counted: PlacedLayer[];
}

const STACKING_RANK: Record<TariffStacking, number> = { adds: 0, replaces: 1, "all-in": 2 };

export function specificity(m: TariffLayerInput): number {
  return (m.sector === "all" ? 0 : 2) + (m.targetCode === null ? 0 : 1);
}

/** Time order within one scope; on the same day a total (all-in) comes after the parts it sums. */
function timeOrder(a: PlacedLayer, b: PlacedLayer): number {
  return (
    a.start.localeCompare(b.start) ||
    STACKING_RANK[a.layer.stacking] - STACKING_RANK[b.layer.stacking] ||
    (a.layer.announcedOn ?? "").localeCompare(b.layer.announcedOn ?? "") ||
    a.layer.id.localeCompare(b.layer.id)
  );
}

/** Precedence: less specific first, then older first; a layer can only be displaced by one after it. */
export function precedence(a: PlacedLayer, b: PlacedLayer): number {
  return specificity(a.layer) - specificity(b.layer) || timeOrder(a, b);
}

export function displaces(cutter: PlacedLayer, other: PlacedLayer): boolean {
  if (cutter === other) return false;
  const c = specificity(cutter.layer);
  const o = specificity(other.layer);
  const earlierSameScope = o === c && timeOrder(other, cutter) < 0;
  const mfn = other.layer.kind === "mfn";
  if (cutter.layer.stacking === "all-in") return mfn || o < c || earlierSameScope;
  if (cutter.layer.stacking === "replaces") return !mfn && (o < c || (earlierSameScope && other.layer.stacking !== "adds"));
  return false;
}

// Rates are percentages with at most a few decimals; this keeps 2.5 + 25 from printing as 27.500000001.
const roundRate = (rate: number) => Math.round(rate * 1e6) / 1e6;

export function stackLayers(placed: PlacedLayer[]): StackedLevel {
  const strongestFirst = [...placed].sort((a, b) => precedence(b, a));
  const cutters: PlacedLayer[] = [];
  for (const p of strongestFirst) {
    if (p.layer.stacking !== "adds" && !cutters.some((c) => displaces(c, p))) cutters.push(p);
  }
  const counted = strongestFirst
    .filter((p) => (p.layer.stacking === "adds" ? !cutters.some((c) => displaces(c, p)) : cutters.includes(p)))
    .sort((a, b) => a.start.localeCompare(b.start) || precedence(a, b));
  return {
    rate: roundRate(counted.reduce((sum, p) => sum + p.layer.rate, 0)),
    layers: counted.map((p) => ({ measureId: p.layer.id, kind: p.layer.kind, rate: p.layer.rate, status: p.status })),
    counted,
  };
}
