"use client";

import { useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { useRef, useState } from "react";
import { densityOptions } from "@/lib/query/events";
import { filterParams, timelineUrlParsers } from "./url-state";

const HEIGHT = 44;
const DAY = 86_400_000;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/**
 * Events per week for the current filters. Dragging across it sets the date range (the From/To
 * inputs do the same from the keyboard); the selected range is shaded.
 */
export function DensityStrip() {
  const [state, setState] = useQueryStates(timelineUrlParsers, { history: "push" });
  const { data, isError } = useQuery(densityOptions(filterParams(state)));
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);

  if (isError) return <p className="text-xs text-muted">The weekly density could not be loaded.</p>;
  const weeks = data?.weeks ?? [];
  if (weeks.length === 0) return <div className="h-11 rounded bg-line/30" aria-hidden />;

  const first = weeks[0].week;
  const last = weeks[weeks.length - 1].week;
  const span = Math.max(1, (Date.parse(last) - Date.parse(first)) / (7 * DAY) + 1);
  const max = Math.max(...weeks.map((w) => w.count));
  const x = (iso: string) => ((Date.parse(iso) - Date.parse(first)) / (7 * DAY) / span) * 100;
  const weekAt = (fraction: number) => addDays(first, Math.floor(Math.min(0.9999, Math.max(0, fraction)) * span) * 7);
  const fractionOf = (clientX: number) => {
    const box = svgRef.current!.getBoundingClientRect();
    return (clientX - box.left) / box.width;
  };

  const selected = drag
    ? { from: weekAt(Math.min(drag.a, drag.b)), to: addDays(weekAt(Math.max(drag.a, drag.b)), 6) }
    : state.from || state.to
      ? { from: state.from ?? first, to: state.to ?? addDays(last, 6) }
      : null;
  const total = weeks.reduce((sum, w) => sum + w.count, 0);

  return (
    <figure className="select-none">
      <svg
        ref={svgRef}
        viewBox={`0 0 100 ${HEIGHT}`}
        preserveAspectRatio="none"
        className="h-11 w-full cursor-crosshair touch-none"
        role="img"
        aria-label={`${total} events over ${weeks.length} weeks with events, busiest week ${max}. Drag to choose a date range.`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          const f = fractionOf(e.clientX);
          setDrag({ a: f, b: f });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, b: fractionOf(e.clientX) })}
        onPointerUp={() => {
          if (!drag) return;
          const from = weekAt(Math.min(drag.a, drag.b));
          const to = addDays(weekAt(Math.max(drag.a, drag.b)), 6);
          setDrag(null);
          void setState({ from, to });
        }}
      >
        {selected && (
          <rect x={x(selected.from)} width={Math.max(0.5, x(selected.to) - x(selected.from))} y={0} height={HEIGHT} className="fill-accent/15" />
        )}
        {weeks.map((w) => (
          <rect
            key={w.week}
            x={x(w.week)}
            width={Math.max(0.3, 100 / span - 0.15)}
            y={HEIGHT - (w.count / max) * (HEIGHT - 2)}
            height={(w.count / max) * (HEIGHT - 2)}
            className="fill-muted"
          >
            <title>{`Week of ${w.week}: ${w.count} events`}</title>
          </rect>
        ))}
      </svg>
      <figcaption className="flex justify-between text-xs text-muted tabular">
        <span>{first}</span>
        <span>Events per week — drag to set the date range</span>
        <span>{last}</span>
      </figcaption>
    </figure>
  );
}
