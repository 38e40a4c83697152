import * as chrono from "chrono-node";
import { formatOffset, parsePublishedAt } from "../validation/published-at";

/**
 * Zone abbreviations a byline writes, as the IANA zone they stand for where that is clear. A zone
 * name beats a bare offset: it knows daylight saving time.
 */
const ZONES: Record<string, string> = {
  JST: "Asia/Tokyo",
  KST: "Asia/Seoul",
  HKT: "Asia/Hong_Kong",
  SGT: "Asia/Singapore",
  ICT: "Asia/Bangkok",
  WIB: "Asia/Jakarta",
  PHT: "Asia/Manila",
  IST: "Asia/Kolkata",
  EDT: "America/New_York",
  EST: "America/New_York",
  ET: "America/New_York",
  CDT: "America/Chicago",
  PDT: "America/Los_Angeles",
  PST: "America/Los_Angeles",
  PT: "America/Los_Angeles",
  BST: "Europe/London",
  CET: "Europe/Brussels",
  CEST: "Europe/Brussels",
  AEST: "Australia/Sydney",
  AEDT: "Australia/Sydney",
  BRT: "America/Sao_Paulo",
};

export interface FoundTime {
  /** ISO with the written offset, or a local time when the byline gave no zone. */
  publishedAt: string;
  timeZone: string | null;
}

const pad = (n: number | null | undefined) => String(n ?? 0).padStart(2, "0");

const ZONE_WORD = new RegExp(`\\b(${Object.keys(ZONES).join("|")})\\b`);

/** One chrono result as a full ISO time, when it names a whole calendar day. */
function toFound(result: chrono.ParsedResult, source: string): FoundTime | null {
  const start = result.start;
  if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return null;
  const time = start.isCertain("hour") ? `${pad(start.get("hour"))}:${pad(start.get("minute"))}:00` : "12:00:00";
  const local = `${start.get("year")}-${pad(start.get("month"))}-${pad(start.get("day"))}T${time}`;
  const named = ZONE_WORD.exec(source.slice(result.index, result.index + result.text.length + 8))?.[1];
  const zone = named ? ZONES[named] : null;
  const offset = start.get("timezoneOffset");
  if (offset !== null && offset !== undefined) {
    return { publishedAt: `${local}${formatOffset(offset)}`, timeZone: zone ?? formatOffset(offset) };
  }
  if (zone) {
    const parsed = parsePublishedAt(local, zone);
    if (parsed) return { publishedAt: parsed.iso, timeZone: zone };
  }
  // No zone written: a local time, for a zone given elsewhere (or none) to place.
  return { publishedAt: local, timeZone: null };
}

/**
 * A dated result: it must write its year (relative phrases such as "4 hours ago" or "90 days
 * after" are not a publication date), and a time written after a separator on the same line
 * ("June 30, 2025 | 4:20 PM EDT") is joined to it.
 */
function dated(text: string): FoundTime | null {
  for (const result of chrono.parse(text)) {
    if (!/\d{4}/.test(result.text)) continue;
    if (!result.start.isCertain("hour")) {
      const from = result.index + result.text.length;
      const lineEnd = text.indexOf("\n", from);
      const rest = text.slice(from, lineEnd === -1 ? undefined : lineEnd).replace(/^[\s|·,–—-]+/, "");
      const joinedText = `${result.text} ${rest}`;
      const [joined] = chrono.parse(joinedText);
      if (joined && joined.index === 0 && joined.start.isCertain("hour")) return toFound(joined, joinedText);
    }
    const found = toFound(result, text);
    if (found) return found;
  }
  return null;
}

/**
 * The publication time a page header states ("Updated: 23 May 2025, 01:20 PM JST"), read with
 * chrono-node from the first lines, keeping the written offset and zone.
 */
export function timeFromHeader(text: string, lines = 15): FoundTime | null {
  return dated(text.split("\n").slice(0, lines).join("\n"));
}

/** A date written as words in a meta tag ("June 2, 2025 1:30 PM EDT"). */
export function timeFromPhrase(phrase: string): FoundTime | null {
  return dated(phrase);
}
