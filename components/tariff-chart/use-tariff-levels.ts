"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { tariffLevelsQueryOptions, type TariffLevelsParams } from "@/lib/query/tariff-levels";
import type { TariffLevelsResponse } from "@/lib/tariffs/types";
import type { ChartFetchState } from "./tariff-chart-view";
import { clipPoints, economyName, seriesKeyOf, seriesLabelOf, type ChartSeries, type SeriesMode } from "./series-model";

export interface InitialLevels {
  params: TariffLevelsParams;
  data: TariffLevelsResponse;
}

const sameParams = (a: TariffLevelsParams, b: TariffLevelsParams) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The levels of a view through React Query. The server's data seeds the cache for the view it
 * rendered, so the first paint needs no request; later views fetch the JSON API and keep showing
 * the previous lines (dimmed) until theirs arrive.
 */
export function useTariffLevels(params: TariffLevelsParams, initial?: InitialLevels) {
  const enabled = params.targets.length > 0 && params.sectors.length > 0;
  const query = useQuery({
    ...tariffLevelsQueryOptions(params),
    initialData: initial && sameParams(initial.params, params) ? initial.data : undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
  const fetchState: ChartFetchState = {
    loading: enabled && query.data === undefined && !query.error,
    updating: query.isPlaceholderData,
    error: query.error,
    onRetry: () => void query.refetch(),
  };
  return { data: enabled ? query.data : undefined, fetchState };
}

/** The API's series as chart lines, keyed and labelled for the view, in the order asked for. */
export function useChartSeries(
  data: TariffLevelsResponse | undefined,
  mode: SeriesMode,
  names: Record<string, string>,
  from: string,
  to: string,
): ChartSeries[] {
  return useMemo(
    () =>
      (data?.series ?? []).map((s, i) => {
        const allPoints = [...s.points].sort((a, b) => a.date.localeCompare(b.date));
        return {
          key: seriesKeyOf(s, mode),
          label: seriesLabelOf(s, mode, names),
          colorIndex: i,
          target: s.target,
          targetName: economyName(s.target, names),
          sector: s.sector,
          points: clipPoints(allPoints, from, to),
          allPoints,
        };
      }),
    [data, mode, names, from, to],
  );
}
