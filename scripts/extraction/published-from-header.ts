import * as chrono from "chrono-node";

/**
 * When no --published is given, read the publication time from the page header (the byline's
 * "Updated 7:30 AM EDT, July 23, 2025") with chrono-node, keeping its written offset.
 */
export function publishedFromHeader(text: string): string | null {
  const header = text.split("\n").slice(0, 15).join("\n");
  for (const result of chrono.parse(header)) {
    const start = result.start;
    if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) continue;
    const pad = (n: number | null) => String(n ?? 0).padStart(2, "0");
    const offset = start.get("timezoneOffset");
    const zone = offset === null ? "Z" : `${offset < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
    return `${start.get("year")}-${pad(start.get("month"))}-${pad(start.get("day"))}T${pad(start.get("hour"))}:${pad(start.get("minute"))}:00${zone}`;
  }
  return null;
}
