"use client";

import Link from "next/link";
import { formatDay } from "@/lib/format/date";
import { describeLayer, describeLayers, describeLevel, describePending } from "./describe";
import { seriesColor } from "./palette";
import { measureHref, type ChartSeries } from "./series-model";
import { stepRows } from "./step-rows";

interface Props {
  series: ChartSeries[];
  caption: string;
}

/** The chart's numbers as a table: for screen readers, for copying, and for phones (below the chart). */
export function DataTable({ series, caption }: Props) {
  const rows = stepRows(series);
  if (rows.length === 0) return <p className="text-sm text-muted">No steps to list in this view.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="data" data-testid="tariff-data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Series</th>
            <th scope="col">From</th>
            <th scope="col">Next step</th>
            <th scope="col" className="tt-num">Level</th>
            <th scope="col">Pending</th>
            <th scope="col">Layers</th>
            <th scope="col">Step set by</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ series: s, point, since, until, cause }) => (
            <tr key={`${s.key}-${point.date}`} data-testid="tariff-step-row" data-series={s.key} data-date={since} data-rate={point.rate}>
              <th scope="row" className="tt-rowhead whitespace-nowrap">
                <span aria-hidden className="mr-1.5 inline-block h-0.5 w-3 align-middle" style={{ background: seriesColor(s.colorIndex) }} />
                {s.label}
              </th>
              <td className="tabular whitespace-nowrap">
                <time dateTime={since}>{formatDay(since)}</time>
              </td>
              <td className="tabular whitespace-nowrap text-muted">
                {until ? <time dateTime={until}>{formatDay(until)}</time> : "still applies"}
              </td>
              <td className="tt-num tabular whitespace-nowrap">{describeLevel(point)}</td>
              <td className="tabular whitespace-nowrap">{describePending(point) || <span className="text-muted">—</span>}</td>
              <td className="min-w-48">{describeLayers(point.layers)}</td>
              <td className="min-w-32">
                {cause ? <Link href={measureHref(cause.measureId)}>{describeLayer(cause)}</Link> : <span className="text-muted">—</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
