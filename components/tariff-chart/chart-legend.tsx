"use client";

import { formatRate } from "@/lib/format/rate";
import type { TariffLevelPoint } from "@/lib/tariffs/types";
import { describePending, stepStatusLabel } from "./describe";
import { ANNOUNCED_DASH, markerPath, seriesColor, seriesMarker } from "./palette";
import { isEmptySeries, stepAt, type ChartSeries } from "./series-model";

interface Props {
  series: ChartSeries[];
  hidden: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onShowAll: () => void;
  /** The view's last day: the legend shows each line's level then. */
  to: string;
}

function Swatch({ colorIndex, dashed = false }: { colorIndex: number; dashed?: boolean }) {
  return (
    <svg width="22" height="10" viewBox="0 0 22 10" aria-hidden className="shrink-0">
      <line x1="0" y1="5" x2="22" y2="5" stroke={seriesColor(colorIndex)} strokeWidth="2" strokeDasharray={dashed ? ANNOUNCED_DASH : undefined} />
      {!dashed && (
        <path d={markerPath(seriesMarker(colorIndex), 3)} transform="translate(11,5)" fill="var(--surface)" stroke={seriesColor(colorIndex)} strokeWidth="1.5" />
      )}
    </svg>
  );
}

/** "15%", "25% threatened", "10% (25% threatened pending)": short, but never hiding a status. */
function levelText(point: TariffLevelPoint): string {
  const level = `${formatRate(point.rate)}${point.status === "announced" ? ` ${stepStatusLabel(point)}` : ""}`;
  return point.pending ? `${level} (${describePending(point)} pending)` : level;
}

/** The legend is the series switch: each entry is a toggle button, its state kept in the URL. */
export function ChartLegend({ series, hidden, onToggle, onShowAll, to }: Props) {
  const anyHidden = series.some((s) => hidden.has(s.key));
  return (
    <div className="space-y-2 text-xs">
      <ul className="flex flex-wrap gap-1.5" aria-label="Series (press to show or hide a line)">
        {series.map((s) => {
          const last = stepAt(s.points, to);
          const shown = !hidden.has(s.key);
          const empty = isEmptySeries(s.points);
          return (
            <li key={s.key}>
              <button
                type="button"
                aria-pressed={shown}
                onClick={() => onToggle(s.key)}
                className={`flex items-center gap-1.5 rounded border border-line px-2 py-1 ${shown ? "bg-surface" : "text-muted line-through"}`}
                title={shown ? `Hide ${s.label}` : `Show ${s.label}`}
              >
                <Swatch colorIndex={s.colorIndex} />
                <span className="font-medium">{s.label}</span>
                <span className="tabular text-muted">
                  {empty || !last ? "no measures" : levelText(last)}
                </span>
              </button>
            </li>
          );
        })}
        {anyHidden && (
          <li>
            <button type="button" onClick={onShowAll} className="rounded px-2 py-1 underline">
              Show all
            </button>
          </li>
        )}
      </ul>
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-muted">
        <span className="flex items-center gap-1.5">
          <svg width="22" height="10" aria-hidden>
            <line x1="0" y1="5" x2="22" y2="5" stroke="var(--muted)" strokeWidth="2" />
          </svg>
          In effect
        </span>
        <span className="flex items-center gap-1.5">
          <svg width="22" height="10" aria-hidden>
            <line x1="0" y1="5" x2="22" y2="5" stroke="var(--muted)" strokeWidth="2" strokeDasharray={ANNOUNCED_DASH} />
          </svg>
          Announced or threatened (alone, or pending above the level in force)
        </span>
        <span className="flex items-center gap-1.5">
          <svg width="10" height="12" aria-hidden>
            <line x1="5" y1="0" x2="5" y2="12" stroke="var(--kind-milestone)" strokeWidth="1.5" strokeDasharray="1 3" />
          </svg>
          Milestone (numbered)
        </span>
        <span>Markers: a step; rates at the view&apos;s last day.</span>
      </p>
    </div>
  );
}
