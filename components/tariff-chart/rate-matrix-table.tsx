"use client";

import Link from "next/link";
import type { CSSProperties } from "react";
import { formatDay } from "@/lib/format/date";
import { formatRate } from "@/lib/format/rate";
import type { RateMatrix, RateMatrixCell } from "@/lib/queries/rate-matrix";
import { SECTOR_LABELS } from "@/lib/vocab/labels";
import type { Sector } from "@/lib/vocab/vocab";
import { describeLayers, pendingStatusLabel } from "./describe";

interface Props {
  matrix: RateMatrix | null;
  imposerName: string;
  at: string;
  onAtChange: (day: string | null) => void;
  /** The server is computing the matrix for a new day or imposer. */
  busy: boolean;
  hrefFor: (target: string, sector: Sector) => string;
}

/** 0–1, saturating at 60% so the common 10–50% range spreads out and 145% does not flatten the rest. */
const heat = (rate: number | null) => (rate === null ? 0 : Math.min(1, Math.max(0, rate) / 60));

function cellWords(row: string, cell: RateMatrixCell): string {
  const level = cell.rate === null ? "nothing in effect" : `${formatRate(cell.rate)} in effect (${describeLayers(cell.layers)})`;
  const pending = cell.pending ? `; ${formatRate(cell.pending.rate)} ${pendingStatusLabel(cell.pending)}` : "";
  return `${row}, ${SECTOR_LABELS[cell.sector]}: ${level}${pending}. Open its series.`;
}

/** Economies × sectors at one day, as a heat map whose every cell opens that line on the chart. */
export function RateMatrixTable({ matrix, imposerName, at, onAtChange, busy, hrefFor }: Props) {
  return (
    <section aria-labelledby="rate-matrix-heading" className="space-y-2">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="rate-matrix-heading" className="text-base font-semibold">
            Rates in effect on {formatDay(at)}
          </h2>
          <p className="text-xs text-muted">
            {imposerName} duties by economy and sector. Darker is higher; an arrow marks a higher or lower level announced or threatened.
          </p>
        </div>
        <label className="grid gap-1 text-xs font-medium text-muted">
          On
          <input
            type="date"
            className="tabular rounded border border-line bg-surface px-2 py-1 text-sm"
            value={at}
            required
            onChange={(e) => onAtChange(e.target.value || null)}
          />
        </label>
      </div>
      {!matrix || matrix.rows.length === 0 ? (
        <p className="rounded border border-dashed border-line p-4 text-sm">No measures recorded with {imposerName} as the imposer.</p>
      ) : (
        <div className={`overflow-x-auto transition-opacity ${busy ? "opacity-60" : ""}`} aria-busy={busy}>
          <table className="data tabular" data-testid="rate-matrix">
            <thead>
              <tr>
                <th scope="col" className="sticky left-0 bg-surface">
                  Imports from
                </th>
                {matrix.sectors.map((s) => (
                  <th key={s} scope="col" className="tt-num">
                    {SECTOR_LABELS[s]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row) => (
                <tr key={row.code}>
                  <th scope="row" className="tt-rowhead sticky left-0 bg-surface whitespace-nowrap">
                    {row.name}
                  </th>
                  {row.cells.map((cell) => (
                    <td key={cell.sector} className="tt-heat tt-cell tt-num" style={{ "--heat": heat(cell.rate) } as CSSProperties}>
                      <Link
                        href={hrefFor(row.code, cell.sector)}
                        aria-label={cellWords(row.name, cell)}
                        title={cellWords(row.name, cell)}
                        data-testid="matrix-cell"
                      >
                        {cell.rate === null ? <span className="text-muted">—</span> : formatRate(cell.rate)}
                        {cell.pending && (
                          <span className="ml-1 text-xs">
                            {cell.rate === null || cell.pending.rate >= cell.rate ? "↑" : "↓"}
                            {formatRate(cell.pending.rate)}
                          </span>
                        )}
                      </Link>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
