"use client";

import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from "react";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipLabel,
  useYAxisInverseScale,
  type DotItemDotProps,
  type InverseScaleFunction,
  type MouseHandlerDataParam,
} from "recharts";
import { buildChartRows, changeKey, formatTick, lineKey, monthTicks, pendingKey, rateTicks } from "./chart-rows";
import { ChartTooltip, type NumberedMilestone } from "./chart-tooltip";
import { ANNOUNCED_DASH, markerPath, seriesColor, seriesMarker } from "./palette";
import { causeAt, toIsoDay, toTime, type ChartSeries } from "./series-model";

interface Props {
  series: ChartSeries[];
  from: string;
  to: string;
  milestones: NumberedMilestone[];
  /** A sentence naming what is drawn, read by screen readers before they reach the data table. */
  description: string;
  onOpenMeasure: (measureId: string) => void;
  height?: number;
}

/**
 * Hands the chart's pixel → rate scale and the day under the pointer (or the keyboard's cursor) to
 * the click and key handlers; Recharts' hooks only work inside the chart.
 */
function ChartProbe(props: { onScale: (scale: InverseScaleFunction | undefined) => void; onLabel: (label: unknown) => void }) {
  const { onScale, onLabel } = props;
  const scale = useYAxisInverseScale();
  const label = useActiveTooltipLabel();
  useEffect(() => onScale(scale), [scale, onScale]);
  useEffect(() => onLabel(label), [label, onLabel]);
  return null;
}

interface LabelGroup {
  text: string;
  title: string;
  row: number;
}

/**
 * Milestones a few days apart would print their numbers over each other, so each run of close
 * ones gets a single label ("3–5") on its first line, and neighbouring labels alternate in height.
 */
function labelGroups(milestones: NumberedMilestone[], from: string, to: string): Map<string, LabelGroup> {
  const minGap = (toTime(to) - toTime(from)) * 0.02;
  const runs: NumberedMilestone[][] = [];
  for (const m of milestones) {
    const run = runs.at(-1);
    if (run && toTime(m.dateStart) - toTime(run[0].dateStart) < minGap) run.push(m);
    else runs.push([m]);
  }
  return new Map(
    runs.map((run, i) => {
      const first = run[0];
      const last = run[run.length - 1];
      const text = run.length === 1 ? String(first.number) : `${first.number}–${last.number}`;
      return [first.id, { text, title: run.map((m) => `${m.number}. ${m.title}`).join("\n"), row: i % 2 }];
    }),
  );
}

function MilestoneLabel({ viewBox, group }: { viewBox?: { x: number; y: number }; group: LabelGroup }) {
  if (!viewBox) return null;
  return (
    <text x={viewBox.x} y={viewBox.y - 4 - group.row * 11} textAnchor="middle" fontSize={10} fontWeight={600} fill="var(--kind-milestone)">
      <title>{group.title}</title>
      {group.text}
    </text>
  );
}

export function StepChart({ series, from, to, milestones, description, onOpenMeasure, height = 340 }: Props) {
  const milestoneDays = useMemo(() => milestones.map((m) => m.dateStart), [milestones]);
  const rows = useMemo(() => buildChartRows(series, from, to, milestoneDays), [series, from, to, milestoneDays]);
  const ticks = useMemo(() => monthTicks(from, to), [from, to]);
  const yTicks = useMemo(() => rateTicks(series), [series]);
  const labels = useMemo(() => labelGroups(milestones, from, to), [milestones, from, to]);
  const inverseY = useRef<InverseScaleFunction | undefined>(undefined);
  const frame = useRef<HTMLDivElement>(null);
  const setScale = useCallback((scale: InverseScaleFunction | undefined) => {
    inverseY.current = scale;
  }, []);

  const activeLabel = useRef<unknown>(undefined);
  const setLabel = useCallback((label: unknown) => {
    activeLabel.current = label;
  }, []);

  /** Opens the measure behind the step, on `day`, of the line nearest `rate` (without one: the highest line). */
  function openStep(day: string, rate?: number) {
    const candidates = series.flatMap((s) => {
      const at = causeAt(s.allPoints, day);
      return at?.cause ? [{ rate: at.point.rate, measureId: at.cause.measureId }] : [];
    });
    if (candidates.length === 0) return;
    const score = (r: number) => (rate !== undefined && Number.isFinite(rate) ? -Math.abs(r - rate) : r);
    onOpenMeasure(candidates.reduce((best, c) => (score(c.rate) > score(best.rate) ? c : best)).measureId);
  }

  function handleClick(state: MouseHandlerDataParam, event: MouseEvent<SVGGraphicsElement>) {
    if (typeof state.activeLabel !== "number") return;
    const svg = frame.current?.querySelector("svg.recharts-surface");
    const rate = svg ? Number(inverseY.current?.(event.clientY - svg.getBoundingClientRect().top)) : undefined;
    openStep(toIsoDay(state.activeLabel), rate);
  }

  // The chart is one focusable element: arrows move the tooltip (Recharts), Enter opens the first line listed.
  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "Enter" || typeof activeLabel.current !== "number") return;
    event.preventDefault();
    openStep(toIsoDay(activeLabel.current));
  }

  const stepDot = (index: number, colorIndex: number) =>
    function StepDot(props: DotItemDotProps) {
      const { cx, cy, payload } = props;
      if (cx == null || cy == null || !payload?.[changeKey(index)]) return null;
      return (
        <path
          key={`${index}-${props.index}`}
          d={markerPath(seriesMarker(colorIndex), 3.5)}
          transform={`translate(${cx},${cy})`}
          fill="var(--surface)"
          stroke={seriesColor(colorIndex)}
          strokeWidth={1.75}
        />
      );
    };

  return (
    // The div only hears Enter bubbling up from the focusable chart surface inside it.
    <div ref={frame} className="tt-chart" style={{ height }} onKeyDown={handleKeyDown}>
      <LineChart
        responsive
        style={{ width: "100%", height }}
        data={rows}
        margin={{ top: 26, right: 12, bottom: 4, left: 0 }}
        onClick={handleClick}
        cursor="pointer"
        desc={description}
      >
        <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={[toTime(from), toTime(to)]}
          ticks={ticks}
          tickFormatter={formatTick}
          interval="preserveStartEnd"
          minTickGap={12}
          stroke="var(--muted)"
          tick={{ fill: "var(--muted)", fontSize: 11 }}
        />
        <YAxis
          width={44}
          domain={[0, yTicks[yTicks.length - 1]]}
          ticks={yTicks}
          tickFormatter={(value: number) => `${value}%`}
          stroke="var(--muted)"
          tick={{ fill: "var(--muted)", fontSize: 11 }}
        />
        {milestones.map((m) => (
          <ReferenceLine
            key={m.id}
            x={toTime(m.dateStart)}
            stroke="var(--kind-milestone)"
            strokeOpacity={0.7}
            strokeDasharray="1 3"
            label={(props: { viewBox?: { x: number; y: number } }) => {
              const group = labels.get(m.id);
              return group ? <MilestoneLabel viewBox={props.viewBox} group={group} /> : <g />;
            }}
          />
        ))}
        <Tooltip
          content={(props) => <ChartTooltip active={props.active} label={props.label} series={series} milestones={milestones} />}
          cursor={{ stroke: "var(--muted)", strokeDasharray: "3 3" }}
          isAnimationActive={false}
        />
        {series.flatMap((s, i) => [
          ...(["in-effect", "announced"] as const).map((status) => (
            <Line
              key={`${s.key}-${status}`}
              dataKey={lineKey(i, status)}
              name={s.label}
              type="stepAfter"
              stroke={seriesColor(s.colorIndex)}
              strokeWidth={2}
              strokeDasharray={status === "announced" ? ANNOUNCED_DASH : undefined}
              dot={stepDot(i, s.colorIndex)}
              activeDot={false}
              isAnimationActive={false}
            />
          )),
          <Line
            key={`${s.key}-pending`}
            dataKey={pendingKey(i)}
            name={`${s.label} (pending)`}
            type="stepAfter"
            stroke={seriesColor(s.colorIndex)}
            strokeWidth={1.5}
            strokeOpacity={0.8}
            strokeDasharray={ANNOUNCED_DASH}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />,
        ])}
        <ChartProbe onScale={setScale} onLabel={setLabel} />
      </LineChart>
    </div>
  );
}
