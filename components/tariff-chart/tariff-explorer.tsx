"use client";

import { useQueryStates } from "nuqs";
import { useMemo, useTransition } from "react";
import { formatDay } from "@/lib/format/date";
import type { ChartMilestone } from "@/lib/queries/chart-milestones";
import type { RateMatrix, TariffCoverage } from "@/lib/queries/rate-matrix";
import { SECTOR_LABELS } from "@/lib/vocab/labels";
import { ChartControls, type StatePatch } from "./chart-controls";
import { pickMilestones } from "./milestone-list";
import { RateMatrixTable } from "./rate-matrix-table";
import { resolveView } from "./resolve-view";
import { economyName } from "./series-model";
import { TariffChartView } from "./tariff-chart-view";
import { serializeTariffUrl, tariffSearchParams } from "./url-state";
import { useChartSeries, useTariffLevels, type InitialLevels } from "./use-tariff-levels";

interface Props {
  coverage: TariffCoverage;
  milestones: ChartMilestone[];
  initial: InitialLevels;
  matrix: RateMatrix | null;
  /** The server's today, so server and browser resolve "no end date" to the same day. */
  today: string;
}

/** The /tariffs page body: every setting lives in the URL, so any view can be bookmarked or shared. */
export function TariffExplorer({ coverage, milestones, initial, matrix, today }: Props) {
  const [matrixPending, startTransition] = useTransition();
  // Filter changes get their own history entry (Back undoes them); legend toggles replace it.
  const [state, setState] = useQueryStates(tariffSearchParams, { history: "push", startTransition });
  const resolved = useMemo(() => resolveView(state, coverage, today), [state, coverage, today]);
  const { params } = resolved;
  const imposer = coverage.imposers.find((c) => c.code === params.imposer);
  const imposerName = economyName(params.imposer, coverage.names);

  const { data, fetchState } = useTariffLevels(params, initial);
  const series = useChartSeries(data, resolved.mode, coverage.names, params.from, params.to);
  const hidden = useMemo(() => new Set(resolved.hidden), [resolved.hidden]);
  const marks = useMemo(
    () => pickMilestones(milestones, { imposer: params.imposer, economies: params.targets, from: params.from, to: params.to, mode: resolved.marks }),
    [milestones, params.imposer, params.targets, params.from, params.to, resolved.marks],
  );

  const onChange = (patch: StatePatch) => void setState(patch);
  const setHidden = (keys: string[]) => void setState({ hide: keys.length ? keys : null }, { history: "replace" });
  const subject =
    resolved.view === "country"
      ? `${imposerName} tariffs on ${SECTOR_LABELS[params.sectors[0]].toLowerCase()}, by partner`
      : `${imposerName} tariffs on imports from ${economyName(params.targets[0] ?? "", coverage.names) || "—"}, by sector`;
  const subtitle = `${formatDay(params.from)} – ${formatDay(params.to)}, effective rate in %`;

  return (
    <div className="space-y-6">
      <ChartControls coverage={coverage} imposer={imposer} resolved={resolved} onChange={onChange} />
      <section aria-labelledby="tariff-chart-heading" className="space-y-3">
        <div>
          <h2 id="tariff-chart-heading" className="text-base font-semibold">
            {subject}
          </h2>
          <p className="tabular text-xs text-muted">{subtitle}</p>
        </div>
        <TariffChartView
          series={series}
          hidden={hidden}
          onToggle={(key) => setHidden(hidden.has(key) ? resolved.hidden.filter((k) => k !== key) : [...resolved.hidden, key])}
          onShowAll={() => setHidden([])}
          imposer={params.imposer}
          from={params.from}
          to={params.to}
          milestones={marks}
          title={subject}
          subtitle={subtitle}
          nameParts={[params.imposer, ...(resolved.view === "country" ? params.sectors : params.targets), params.from, params.to]}
          fetchState={fetchState}
          nothingChosen={imposer ? undefined : `No measures recorded with ${imposerName} as the imposer.`}
        />
      </section>
      <RateMatrixTable
        matrix={matrix}
        imposerName={imposerName}
        at={resolved.at}
        busy={matrixPending}
        onAtChange={(day) => void setState({ at: day })}
        hrefFor={(target, sector) =>
          serializeTariffUrl("/tariffs", {
            view: "country",
            imposer: params.imposer,
            target: [target],
            sector: [sector],
            from: params.from,
            to: state.to,
            at: state.at,
          })
        }
      />
    </div>
  );
}
