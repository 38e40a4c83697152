import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/query/fetch-json";

/** The records editors change through /api/v1/<collection>; names match lib/domain's DeletableType. */
export const RECORD_TYPES = ["round", "tariffMeasure", "milestone", "negotiation", "person"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const COLLECTIONS: Record<RecordType, string> = {
  round: "rounds",
  tariffMeasure: "tariff-measures",
  milestone: "milestones",
  negotiation: "negotiations",
  person: "people",
};

export const RECORD_LABELS: Record<RecordType, string> = {
  round: "round",
  tariffMeasure: "tariff measure",
  milestone: "milestone",
  negotiation: "negotiation",
  person: "person",
};

/** A record as GET /api/v1/<collection>/<id> returns it: its input shape plus identity and version. */
export type RecordSnapshot<T> = T & { id: string; version: number; deletedAt: string | null };

/** Keys: ['rounds', 'detail', id] and so on, the same for the edit page, mutations and invalidation. */
export const recordKeys = {
  all: (type: RecordType) => [COLLECTIONS[type]] as const,
  detail: (type: RecordType, id: string) => [COLLECTIONS[type], "detail", id] as const,
};

export const recordUrl = (type: RecordType, id?: string) => `/api/v1/${COLLECTIONS[type]}${id ? `/${encodeURIComponent(id)}` : ""}`;

export function recordQueryOptions<T>(type: RecordType, id: string) {
  return queryOptions({
    queryKey: recordKeys.detail(type, id),
    queryFn: ({ signal }) => fetchJson<RecordSnapshot<T>>(recordUrl(type, id), { signal }),
    // An editor coming back to the tab learns early that someone else saved meanwhile.
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}

export const editHref = (type: RecordType, id: string) => `/editor/${COLLECTIONS[type]}/${encodeURIComponent(id)}/edit`;
export const newHref = (type: RecordType) => `/editor/${COLLECTIONS[type]}/new`;

/** Timeline event ids are "<kind>:<record id>[:<change>]" (lib/domain/timeline-events). */
const EVENT_KINDS: Record<string, RecordType> = { round: "round", tariff: "tariffMeasure", milestone: "milestone" };

/** The edit page of the record behind a timeline event. */
export function editHrefForEvent(eventId: string): string | undefined {
  const [kind, id] = eventId.split(":");
  const type = EVENT_KINDS[kind];
  return type && id ? editHref(type, id) : undefined;
}
