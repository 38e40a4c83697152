import { formatDay } from "./date";

/**
 * "2 Jun 2025, 13:30 (Asia/Tokyo)": a publication time as the publisher's clock showed it. `iso`
 * already carries the publisher's offset (lib/ingest/article-json.ts), so no zone arithmetic here;
 * the zone's name is shown when known, else the offset.
 */
export function formatPublished(iso: string | null, timeZone: string | null): string {
  if (!iso) return "Publication time unknown";
  const offset = iso.slice(19);
  const where = timeZone ?? (offset === "" || offset === "Z" || offset === "+00:00" ? "UTC" : `UTC${offset}`);
  return `${formatDay(iso.slice(0, 10))}, ${iso.slice(11, 16)} (${where})`;
}
