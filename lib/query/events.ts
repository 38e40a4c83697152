import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { TimelinePage } from "@/lib/queries/timeline";
import { fetchJson } from "./fetch-json";

/** Keys: ['events', 'list', params] and ['events', 'density', params]; params are sorted query pairs. */
export const eventKeys = {
  all: ["events"] as const,
  list: (params: [string, string][]) => ["events", "list", params] as const,
  density: (params: [string, string][]) => ["events", "density", params] as const,
};

export function eventsInfiniteOptions(params: [string, string][], pageSize = 50) {
  return infiniteQueryOptions({
    queryKey: eventKeys.list(params),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const search = new URLSearchParams(params);
      search.set("limit", String(pageSize));
      if (pageParam) search.set("cursor", pageParam);
      return fetchJson<TimelinePage>(`/api/v1/events?${search}`, { signal });
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function densityOptions(params: [string, string][]) {
  const search = new URLSearchParams(params.filter(([k]) => k !== "from" && k !== "to" && k !== "order"));
  return queryOptions({
    queryKey: eventKeys.density([...search.entries()]),
    queryFn: ({ signal }) => fetchJson<{ weeks: { week: string; count: number }[] }>(`/api/v1/events/density?${search}`, { signal }),
  });
}
