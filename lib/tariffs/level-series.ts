import type { Sector } from "../vocab/vocab";
import { stackLayers, type PlacedLayer } from "./effective-rate";
import { appliesTo, inEffectOn, pendingOn, pendingStatus, type LevelScope } from "./timing";
import type { TariffLayerInput, TariffLevelPoint, TariffLevelSeries } from "./types";

/**
 * The effective level of one (imposer, target, sector) over [from, to] as a step series.
 *
 * - Each point holds from its date until the next point; a new point starts wherever the rate, the
 *   status, the layers behind it or the pending level change, so every step's layers hold for its
 *   whole span. The first point sits at `from` when anything applies or is announced by then.
 * - Status "in-effect": the rate is the duty in force (see effective-rate.ts for the stacking).
 *   Announced or threatened measures waiting behind it give `pending`: the level once they took
 *   effect, stacked by the same rule, present only when one of them would count.
 * - Status "announced": nothing is in force yet and the rate is the announced level.
 * - When every layer has ended, a point with rate 0 and no layers marks it.
 */
export interface LevelQuery extends LevelScope {
  from: string;
  to: string;
}

export interface LevelsQuery {
  imposer: string;
  targets: string[];
  sectors: Sector[];
  from: string;
  to: string;
}

// A pending measure with no start date is taken as starting after everything already in force.
const UNDATED_PENDING_START = "9999-12-31";

type Step = Omit<TariffLevelPoint, "date">;

/**
 * The layers as they will stand once the last dated pending measure starts: a layer due to end by
 * then (the 10% fentanyl duty the doubled one replaces on the same day) is left out.
 */
function asScheduled(placed: PlacedLayer[]): PlacedLayer[] {
  const horizon = placed.reduce((latest, p) => (p.start !== UNDATED_PENDING_START && p.start > latest ? p.start : latest), "");
  return placed.filter((p) => p.layer.effectiveTo === null || p.layer.effectiveTo > horizon);
}

/** The step in force on `day` among measures already narrowed to one scope, or null if nothing applies. */
export function stepOn(scoped: TariffLayerInput[], day: string): Step | null {
  const inEffect: PlacedLayer[] = scoped
    .filter((m) => inEffectOn(m, day))
    .map((m) => ({ layer: m, start: m.effectiveFrom ?? "", status: "in-effect" }));
  const pending: PlacedLayer[] = scoped
    .filter((m) => pendingOn(m, day, scoped))
    .map((m) => ({ layer: m, start: m.effectiveFrom ?? UNDATED_PENDING_START, status: pendingStatus(m.status) }));
  const announced = pending.length ? stackLayers(asScheduled([...inEffect, ...pending])) : null;
  const pendingCounts = announced !== null && announced.counted.some((p) => pending.includes(p));
  if (inEffect.length) {
    const current = stackLayers(inEffect);
    const step: Step = { rate: current.rate, status: "in-effect", layers: current.layers };
    if (pendingCounts) step.pending = { rate: announced.rate, layers: announced.layers };
    return step;
  }
  if (pendingCounts) return { rate: announced.rate, status: "announced", layers: announced.layers };
  return null;
}

export function computeLevelSeries(measures: TariffLayerInput[], query: LevelQuery): TariffLevelSeries {
  const scoped = measures.filter((m) => appliesTo(m, query));
  const changeDays = new Set<string>([query.from]);
  for (const m of scoped) {
    for (const day of [m.announcedOn, m.effectiveFrom, m.effectiveTo]) {
      if (day !== null && day > query.from && day <= query.to) changeDays.add(day);
    }
  }
  const points: TariffLevelPoint[] = [];
  let previous = "none";
  for (const date of [...changeDays].sort()) {
    const step = stepOn(scoped, date);
    const key = step ? JSON.stringify(step) : "none";
    if (key === previous) continue;
    previous = key;
    // Nothing applies: before the first layer there is no point; after the last one, a 0% marker.
    if (step) points.push({ date, ...step });
    else if (points.length) points.push({ date, rate: 0, status: "in-effect", layers: [] });
  }
  return { imposer: query.imposer, target: query.target, sector: query.sector, points };
}

/** One series per target × sector, in the order asked for (targets outer, sectors inner). */
export function computeLevelSeriesMany(measures: TariffLayerInput[], query: LevelsQuery): TariffLevelSeries[] {
  const own = measures.filter((m) => m.imposerCode === query.imposer);
  return query.targets.flatMap((target) =>
    query.sectors.map((sector) => computeLevelSeries(own, { imposer: query.imposer, target, sector, from: query.from, to: query.to })),
  );
}
