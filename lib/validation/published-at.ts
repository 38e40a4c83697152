/**
 * Publication times as articles give them. An article's relative dates ("Monday", "later this
 * week") resolve in the publisher's zone, so a time is kept with its zone: an IANA name
 * ("Asia/Tokyo") or the offset it was written with ("+09:00"). Pure; no clock.
 */

const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

export function isIanaZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function parseOffset(value: string): number | null {
  const m = OFFSET.exec(value);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  if (Number(m[2]) > 14 || Number(m[3]) > 59) return null;
  return m[1] === "-" ? -minutes : minutes;
}

/** An IANA zone name or a UTC offset "+09:00". */
export function isTimeZone(zone: string): boolean {
  return parseOffset(zone) !== null || isIanaZone(zone);
}

export function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Minutes east of UTC that `zone` observes at the instant `ms`. */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  const fixed = parseOffset(zone);
  if (fixed !== null) return fixed;
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(new Date(ms))
    .find((p) => p.type === "timeZoneName")?.value;
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name ?? "");
  if (!m) return 0;
  const hours = Number(m[1]);
  return hours * 60 + Math.sign(hours || 1) * Number(m[2] ?? 0);
}

/** "2025-06-02T13:30:00+09:00": the instant as a wall-clock time in `zone` (UTC when none). */
export function isoInZone(instant: Date, zone?: string | null): string {
  const offset = zone && isTimeZone(zone) ? zoneOffsetMinutes(zone, instant.getTime()) : 0;
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${formatOffset(offset)}`;
}

export interface PublishedAt {
  /** ISO 8601 with the publisher's offset, the form the extractor takes. */
  iso: string;
  instant: Date;
  /** The zone given, else the offset written, else null (nothing said where). */
  timeZone: string | null;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads a publication time: a full ISO time with offset; a local time with `timeZone`; or a bare
 * day (taken as noon there, or noon UTC, so the calendar day survives any zone). Null if invalid.
 */
export function parsePublishedAt(value: string, timeZone?: string | null): PublishedAt | null {
  const m = DATE_TIME.exec(value.trim());
  if (!m) return null;
  const zone = timeZone?.trim() || null;
  if (zone && !isTimeZone(zone)) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hasTime = m[4] !== undefined;
  const [hour, minute, second] = hasTime ? [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)] : [12, 0, 0];
  if (year < 1900 || year > 2200 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;

  const written = m[7] ? (m[7].toUpperCase() === "Z" ? 0 : parseOffset(m[7])) : null;
  if (m[7] && written === null) return null;
  let offset: number;
  if (written !== null) offset = written;
  else if (zone) {
    // The zone's offset at that wall time: guess with the offset at the wall time read as UTC, correct once.
    const first = zoneOffsetMinutes(zone, wall);
    offset = zoneOffsetMinutes(zone, wall - first * 60_000);
  } else if (!hasTime) offset = 0;
  else return null;
  const instant = new Date(wall - offset * 60_000);
  const resolvedZone = zone ?? (written !== null ? formatOffset(written) : null);
  return { iso: isoInZone(instant, resolvedZone ?? undefined), instant, timeZone: resolvedZone };
}

export const PUBLISHED_AT_HINT =
  "Use an ISO time with its offset (2025-06-02T13:30:00+09:00), a local time with a time zone, or a day (2025-06-02)";
