import type { Metadata } from "next";
import { createSearchParamsCache, type SearchParams } from "nuqs/server";
import { requireReader } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadChartMilestones } from "@/lib/queries/chart-milestones";
import { loadRateMatrix, loadTariffCoverage } from "@/lib/queries/rate-matrix";
import { loadTariffLevels } from "@/lib/queries/tariff-levels";
import { resolveView } from "@/components/tariff-chart/resolve-view";
import { TariffExplorer } from "@/components/tariff-chart/tariff-explorer";
import { tariffSearchParams } from "@/components/tariff-chart/url-state";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Tariffs",
  description: "Effective tariff levels over time by partner and sector, with the milestones of the talks and every step's source.",
};

const searchParamsCache = createSearchParamsCache(tariffSearchParams);

type Props = { searchParams: Promise<SearchParams> };

export default async function TariffsPage({ searchParams }: Props) {
  await requireReader();
  const state = await searchParamsCache.parse(searchParams);
  const db = await getDb();
  // One "today" for the server render and the browser's first render, so both ask for the same view.
  const today = new Date().toISOString().slice(0, 10);
  const coverage = await loadTariffCoverage(db);
  const { params, at } = resolveView(state, coverage, today);
  const [levels, milestones, matrix] = await Promise.all([
    params.targets.length
      ? loadTariffLevels(db, { imposer: params.imposer, target: params.targets, sector: params.sectors, from: params.from, to: params.to })
      : { series: [] },
    loadChartMilestones(db),
    loadRateMatrix(db, coverage.imposers.find((c) => c.code === params.imposer), at),
  ]);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Tariffs</h1>
      <p className="mb-4 max-w-3xl text-sm text-muted">
        Effective tariff levels as step lines: each step holds until the next. Solid lines are in effect, dashed ones announced or
        threatened. Click a step, or use the table below the chart, to open the measure behind it.
      </p>
      <nav aria-label="On this page" className="mb-4 flex gap-4 text-xs">
        <a href="#tariff-chart-heading">Chart</a>
        <a href="#tariff-table-heading">Data table</a>
        <a href="#rate-matrix-heading">Rates on a day</a>
      </nav>
      <TariffExplorer coverage={coverage} milestones={milestones} initial={{ params, data: levels }} matrix={matrix} today={today} />
    </>
  );
}
