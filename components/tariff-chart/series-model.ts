import type { StepLayer, TariffLevelPoint, TariffLevelSeries } from "@/lib/tariffs/types";
import { SECTOR_LABELS } from "@/lib/vocab/labels";
import type { Sector } from "@/lib/vocab/vocab";

/** What distinguishes the lines of one chart: the economy, the sector, or both (a mixed embed). */
export type SeriesMode = "target" | "sector" | "both";

export interface ChartSeries {
  key: string;
  label: string;
  /** Position in the chosen list, so hiding a line never recolours the others. */
  colorIndex: number;
  target: string;
  targetName: string;
  sector: Sector;
  /** Steps clipped to the view: the first one starts at the view's first day. */
  points: TariffLevelPoint[];
  /** Every step, sorted, so a step's cause is read against the real step before it. */
  allPoints: TariffLevelPoint[];
}

export const toTime = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`);
export const toIsoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

export function seriesModeFor(targets: string[], sectors: string[]): SeriesMode {
  if (sectors.length === 1) return "target";
  if (targets.length === 1) return "sector";
  return "both";
}

export function seriesKeyOf(series: Pick<TariffLevelSeries, "target" | "sector">, mode: SeriesMode): string {
  if (mode === "target") return series.target;
  if (mode === "sector") return series.sector;
  return `${series.target}:${series.sector}`;
}

export function economyName(code: string, names: Record<string, string>): string {
  return code === "*" ? "All partners" : (names[code] ?? code);
}

export function seriesLabelOf(
  series: Pick<TariffLevelSeries, "target" | "sector">,
  mode: SeriesMode,
  names: Record<string, string>,
): string {
  if (mode === "target") return economyName(series.target, names);
  if (mode === "sector") return SECTOR_LABELS[series.sector];
  return `${economyName(series.target, names)} · ${SECTOR_LABELS[series.sector]}`;
}

/** The step in force on a day: the last one starting on or before it. */
export function stepAt(points: TariffLevelPoint[], isoDay: string): TariffLevelPoint | undefined {
  let found: TariffLevelPoint | undefined;
  for (const point of points) {
    if (point.date > isoDay) break;
    found = point;
  }
  return found;
}

/** Keeps the steps inside [from, to]; the one already in force on `from` is moved to start there. */
export function clipPoints(points: TariffLevelPoint[], from: string, to: string): TariffLevelPoint[] {
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const before = stepAt(sorted, from);
  const inside = sorted.filter((p) => p.date > from && p.date <= to);
  return before ? [{ ...before, date: from }, ...inside] : inside;
}

/** A series with no layer anywhere in the view: nothing was recorded, which is not the same as 0%. */
export function isEmptySeries(points: TariffLevelPoint[]): boolean {
  return points.every((p) => p.layers.length === 0);
}

/**
 * The layer that made a step: one that is new, or whose rate or status changed, against the step
 * before (counting the layers of the level pending behind it, since a threat alone makes a step);
 * failing that (a layer ended), the one that left. Layers come oldest first, so the newest wins.
 */
export function stepCause(points: TariffLevelPoint[], index: number): StepLayer | undefined {
  const current = points[index];
  if (!current) return undefined;
  const all = (p: TariffLevelPoint) => [...p.layers, ...(p.pending?.layers ?? [])];
  const previous = index > 0 ? points[index - 1] : undefined;
  if (!previous) return all(current).at(-1);
  const same = (a: StepLayer, b: StepLayer) => a.measureId === b.measureId && a.rate === b.rate && a.status === b.status;
  const changed = all(current).filter((layer) => !all(previous).some((old) => same(old, layer)));
  if (changed.length) return changed.at(-1);
  const gone = all(previous).filter((old) => !all(current).some((layer) => layer.measureId === old.measureId));
  return gone.at(-1) ?? all(current).at(-1);
}

/** The cause of the step in force on a day, with its index, for tooltips and clicks. */
export function causeAt(points: TariffLevelPoint[], isoDay: string) {
  const point = stepAt(points, isoDay);
  if (!point) return undefined;
  const index = points.indexOf(point);
  return { point, index, cause: stepCause(points, index) };
}

export const measureHref = (measureId: string) => `/tariffs/measures/${encodeURIComponent(measureId)}`;
