import { queryOptions } from "@tanstack/react-query";
import type { TariffLevelsResponse } from "../tariffs/types";
import type { Sector } from "../vocab/vocab";
import { fetchJson } from "./fetch-json";

/** The engine's query, as the JSON API takes it: one imposer, lists of targets and sectors, a date range. */
export interface TariffLevelsParams {
  imposer: string;
  targets: string[];
  sectors: Sector[];
  from: string;
  to: string;
}

export const tariffLevelsKeys = {
  all: ["tariff-levels"] as const,
  list: (params: TariffLevelsParams) => ["tariff-levels", params] as const,
};

export function tariffLevelsUrl(params: TariffLevelsParams): string {
  const search = new URLSearchParams({
    imposer: params.imposer,
    target: params.targets.join(","),
    sector: params.sectors.join(","),
    from: params.from,
    to: params.to,
  });
  return `/api/v1/tariff-levels?${search.toString()}`;
}

/** Same key for the server-provided first page of data, the client hooks and any invalidation. */
export const tariffLevelsQueryOptions = (params: TariffLevelsParams) =>
  queryOptions({
    queryKey: tariffLevelsKeys.list(params),
    queryFn: ({ signal }) => fetchJson<TariffLevelsResponse>(tariffLevelsUrl(params), { signal }),
    // A 4xx names a bad parameter and will not heal on retry; a network or server failure might, once.
    retry: (failures, error) => failures < 1 && !(Number((error as { status?: number }).status) < 500),
  });
