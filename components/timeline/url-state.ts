import { parseAsString, parseAsStringLiteral } from "nuqs/server";

/** The timeline's URL parameters; the same names as GET /api/v1/events. Lists are comma-separated. */
export const timelineUrlParsers = {
  negotiation: parseAsString,
  economy: parseAsString,
  sector: parseAsString,
  kind: parseAsString,
  status: parseAsString,
  from: parseAsString,
  to: parseAsString,
  q: parseAsString,
  order: parseAsStringLiteral(["desc", "asc"] as const).withDefault("desc"),
};

export type TimelineUrlState = {
  [K in keyof typeof timelineUrlParsers]: K extends "order" ? "desc" | "asc" : string | null;
};

/** The non-empty filters as query-string pairs, in a stable order (also the React Query key). */
export function filterParams(state: Partial<TimelineUrlState>): [string, string][] {
  return (Object.keys(timelineUrlParsers) as (keyof TimelineUrlState)[])
    .map((key): [string, string] => [key, String(state[key] ?? "")])
    .filter(([key, value]) => value !== "" && !(key === "order" && value === "desc"));
}
