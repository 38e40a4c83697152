"use client";

import { useRouter } from "next/navigation";
import { useRef, type ReactNode } from "react";
import { SECTOR_LABELS } from "@/lib/vocab/labels";
import { ChartLegend } from "./chart-legend";
import type { NumberedMilestone } from "./chart-tooltip";
import { DataTable } from "./data-table";
import { Downloads } from "./downloads";
import { MilestoneList } from "./milestone-list";
import { isEmptySeries, measureHref, type ChartSeries } from "./series-model";
import { StepChart } from "./step-chart";

export interface ChartFetchState {
  /** No data at all yet (first load of a new view). */
  loading: boolean;
  /** Data of the previous view is shown while this one loads. */
  updating: boolean;
  error: Error | null;
  onRetry: () => void;
}

interface Props {
  /** Every chosen line, hidden ones included, so the legend can bring them back. */
  series: ChartSeries[];
  hidden: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onShowAll: () => void;
  imposer: string;
  from: string;
  to: string;
  milestones: NumberedMilestone[];
  title: string;
  subtitle: string;
  nameParts: string[];
  fetchState: ChartFetchState;
  /** Embedded in another page: a lower chart, and the table folded away. */
  compact?: boolean;
  /** What to say when no line is asked for (the default asks the reader to choose some). */
  nothingChosen?: string;
}

export const emptyMessage = (s: Pick<ChartSeries, "targetName" | "sector">) =>
  `No measures recorded for ${s.targetName} on ${SECTOR_LABELS[s.sector].toLowerCase()} in this period.`;

function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="rounded border border-dashed border-line p-6 text-sm" data-testid="tariff-chart-empty">
      {children}
    </div>
  );
}

/** Chart, legend, milestones, downloads and data table of one view; shared by /tariffs and the embeds. */
export function TariffChartView(props: Props) {
  const { series, hidden, from, to, milestones, fetchState, title, subtitle, compact = false } = props;
  const router = useRouter();
  const frame = useRef<HTMLDivElement>(null);

  if (fetchState.error && series.length === 0) {
    return (
      <div role="alert" className="rounded border border-line bg-surface p-4 text-sm">
        <p className="font-medium">The tariff levels could not be loaded: {fetchState.error.message}</p>
        <button type="button" onClick={fetchState.onRetry} className="mt-2 rounded border border-line px-2 py-1 text-xs">
          Try again
        </button>
      </div>
    );
  }
  if (fetchState.loading) {
    return (
      <div aria-busy="true" className="space-y-2">
        <span className="sr-only">Loading tariff levels…</span>
        <div className="tt-skeleton h-7 w-2/3 rounded" />
        <div className="tt-skeleton h-[340px] rounded" />
      </div>
    );
  }
  if (series.length === 0) return <Notice>{props.nothingChosen ?? "Nothing to chart: choose at least one economy and one sector."}</Notice>;

  const empty = series.filter((s) => isEmptySeries(s.points));
  if (empty.length === series.length) {
    return (
      <Notice>
        {empty.map((s) => (
          <p key={s.key}>{emptyMessage(s)}</p>
        ))}
      </Notice>
    );
  }

  const visible = series.filter((s) => !hidden.has(s.key));
  const drawable = visible.filter((s) => !isEmptySeries(s.points));
  const table = <DataTable series={drawable} caption={`${title}, ${subtitle}: one row per step`} />;
  return (
    <div className="space-y-3" aria-busy={fetchState.updating}>
      {fetchState.error && (
        <p role="alert" className="text-sm">
          Showing the previous view: the new one could not be loaded ({fetchState.error.message}).{" "}
          <button type="button" onClick={fetchState.onRetry} className="underline">
            Try again
          </button>
        </p>
      )}
      <ChartLegend series={series} hidden={hidden} onToggle={props.onToggle} onShowAll={props.onShowAll} to={to} />
      <div ref={frame} className={`transition-opacity ${fetchState.updating ? "opacity-60" : ""}`}>
        {drawable.length > 0 ? (
          <StepChart
            series={drawable}
            from={from}
            to={to}
            milestones={milestones}
            description={`${title}, ${subtitle}. The same figures are in the table below the chart.`}
            onOpenMeasure={(id) => router.push(measureHref(id))}
            height={compact ? 280 : 340}
          />
        ) : (
          <p className="p-6 text-sm text-muted">Every line is hidden; press a series above to show it.</p>
        )}
      </div>
      {empty.length > 0 && (
        <ul className="text-xs text-muted">
          {empty.map((s) => (
            <li key={s.key}>{emptyMessage(s)}</li>
          ))}
        </ul>
      )}
      <MilestoneList milestones={milestones} />
      <Downloads series={drawable} imposer={props.imposer} nameParts={props.nameParts} title={title} subtitle={subtitle} chartFrame={frame} />
      {compact ? (
        <details>
          <summary className="cursor-pointer text-sm text-muted">Data table</summary>
          <div className="mt-2">{table}</div>
        </details>
      ) : (
        <section aria-labelledby="tariff-table-heading">
          <h2 id="tariff-table-heading" className="mb-1 text-base font-semibold">
            Data table
          </h2>
          {table}
        </section>
      )}
    </div>
  );
}
