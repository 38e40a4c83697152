import type { When } from "../extraction/schema";
import type { DatePrecision } from "../vocab/vocab";

/** A closed interval of calendar days, ISO "YYYY-MM-DD" at both ends. */
export interface DayInterval {
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a point of the extraction format stands for (day, month or year). */
function pointBounds(point: string): DayInterval {
  const [y, m, d] = point.split("-").map(Number);
  if (d) return { start: point, end: point };
  if (m) return { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** "2025-06-03/2025-06-08", "2025-06" or "2025-06-15" as the days it covers; null when undated. */
export function whenInterval(when: When): DayInterval | null {
  if (!when) return null;
  const [a, b] = when.split("/");
  return { start: pointBounds(a).start, end: pointBounds(b ?? a).end };
}

export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** A stored record's dates as an interval (a single day when only the start is known). */
export function recordInterval(r: { dateStart: string | null; dateEnd: string | null }): DayInterval | null {
  return r.dateStart ? { start: r.dateStart, end: r.dateEnd ?? r.dateStart } : null;
}

/** The extraction's `when` in the records' form: a date with its precision, never more precise than the text. */
export function whenToFuzzyDate(when: When): { dateStart: string | null; dateEnd: string | null; datePrecision: DatePrecision } {
  const interval = whenInterval(when);
  if (!when || !interval) return { dateStart: null, dateEnd: null, datePrecision: "unknown" };
  if (/^\d{4}-\d{2}-\d{2}$/.test(when)) return { dateStart: when, dateEnd: when, datePrecision: "day" };
  if (/^\d{4}-\d{2}$/.test(when)) return { dateStart: interval.start, dateEnd: interval.end, datePrecision: "month" };
  return { dateStart: interval.start, dateEnd: interval.end, datePrecision: "interval" };
}
