/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, no time zone):
 * the extractor reasons about the publisher's local calendar days only, never instants.
 */
export type Day = number;

export function dayOf(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function ymd(d: Day): { year: number; month: number; day: number } {
  const date = new Date(d * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: Day): number {
  return (((d + 4) % 7) + 7) % 7;
}

/** Monday of the ISO week that holds d. */
export function mondayOf(d: Day): Day {
  return d - ((weekday(d) + 6) % 7);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function monthStart(year: number, month: number): Day {
  return dayOf(year, month, 1);
}

export function monthEnd(year: number, month: number): Day {
  return dayOf(year, month, daysInMonth(year, month));
}

/** Shifts a (year, month) pair by n months. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function isoDay(d: Day): string {
  const { year, month, day } = ymd(d);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * The publisher's local calendar day. The wall-clock date written in an ISO string with an offset
 * already is the publisher's; an IANA zone, when given, wins because feeds often send UTC. A bare
 * day (no time) is taken as written.
 */
export function publicationDay(publishedAt: string, timeZone?: string): Day {
  // A bare day is already the publisher's local day: no instant to convert.
  if (timeZone && publishedAt.includes("T")) {
    const instant = new Date(publishedAt);
    if (!Number.isNaN(instant.getTime())) {
      try {
        const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
          .formatToParts(instant);
        const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
        return dayOf(get("year"), get("month"), get("day"));
      } catch {
        // An unknown zone name falls back to the offset written in the string.
      }
    }
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!m) throw new Error(`publishedAt is not an ISO date: ${publishedAt}`);
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}
