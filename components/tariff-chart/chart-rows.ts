import type { StepStatus } from "@/lib/tariffs/types";
import { stepAt, toTime, type ChartSeries } from "./series-model";

/** One x position of the chart. Values live under keys from `lineKey`; `change:i` marks a step of series i. */
export type ChartRow = { time: number; day: string } & Record<string, number | string | boolean | undefined>;

/** Each series is drawn as two lines, solid while in effect and dashed while only announced. */
export const lineKey = (index: number, status: StepStatus) => `v${index}${status === "in-effect" ? "e" : "a"}`;
/** The level announced or threatened behind the one in force, dashed above (or below) the solid line. */
export const pendingKey = (index: number) => `v${index}p`;
export const changeKey = (index: number) => `change${index}`;

/**
 * Rows for stepAfter lines. Where a series changes level, an extra "end" row at the same x closes
 * the old level, so the old line stops exactly there; when the status changes too, the new line
 * starts at the old level, so the vertical jump is drawn in the new status's style (the jump to a
 * threatened rate is dashed, the return to an enacted one solid). A pending level is a third line
 * that exists only while something is pending. A final row at `to` carries each level to the right edge.
 */
export function buildChartRows(series: ChartSeries[], from: string, to: string, extraDays: string[] = []): ChartRow[] {
  // Extra days (milestones) get rows too, so hovering a milestone's line shows its title and the levels.
  const days = new Set<string>([from, to, ...extraDays.filter((d) => d >= from && d <= to)]);
  for (const s of series) for (const p of s.points) days.add(p.date);
  const realSteps = series.map((s) => new Set(s.allPoints.map((p) => p.date)));
  const rows: ChartRow[] = [];

  for (const day of [...days].sort()) {
    const time = toTime(day);
    const end: ChartRow = { time, day };
    const start: ChartRow = { time, day };
    let needsEnd = false;
    series.forEach((s, i) => {
      const current = stepAt(s.points, day);
      if (!current) return;
      const previous = stepAt(s.points.filter((p) => p.date < day), day);
      const currentKey = lineKey(i, current.status);
      start[currentKey] = current.rate;
      if (current.pending) start[pendingKey(i)] = current.pending.rate;
      if (previous && previous !== current) {
        needsEnd = true;
        end[lineKey(i, previous.status)] = previous.rate;
        if (previous.status !== current.status) end[currentKey] = previous.rate;
        if (previous.pending) end[pendingKey(i)] = previous.pending.rate;
      } else if (previous) {
        end[currentKey] = current.rate;
        if (current.pending) end[pendingKey(i)] = current.pending.rate;
      }
      if (current.date === day && realSteps[i].has(day)) start[changeKey(i)] = true;
    });
    if (needsEnd) rows.push(end);
    rows.push(start);
  }
  return rows;
}

/** Month-start ticks, thinned so a long range keeps about eight labels. */
export function monthTicks(from: string, to: string): number[] {
  const [fy, fm] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  const months = (ty - fy) * 12 + (tm - fm);
  const step = [1, 2, 3, 6, 12].find((s) => months / s <= 8) ?? 12;
  const ticks: number[] = [];
  for (let m = 0; m <= months + 1; m += 1) {
    const date = Date.UTC(fy, fm - 1 + m, 1);
    const month = new Date(date).getUTCMonth();
    if (month % step !== 0 || date < toTime(from) || date > toTime(to)) continue;
    ticks.push(date);
  }
  return ticks;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Apr" within a year, "Jan 2026" on the first tick and at a year's start: short but never ambiguous. */
export function formatTick(time: number, index = 1): string {
  const date = new Date(time);
  const month = MONTHS[date.getUTCMonth()];
  return index === 0 || date.getUTCMonth() === 0 ? `${month} ${date.getUTCFullYear()}` : month;
}

/** Round y ticks (0, 25, 50… or 0, 50, 100…) up to just above the highest level drawn, pending ones included. */
export function rateTicks(series: ChartSeries[]): number[] {
  const max = Math.max(1, ...series.flatMap((s) => s.points.flatMap((p) => [p.rate, p.pending?.rate ?? 0])));
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => max / s <= 5) ?? 200;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}
