"use client";

import { ChartEditShortcut } from "@/components/editor/chart-edit-shortcut";
import { CorrectThisLink } from "@/components/editor/correct-this-link";
import { editHref } from "@/components/forms/records";
import { formatDay } from "@/lib/format/date";
import type { ChartMilestone } from "@/lib/queries/chart-milestones";
import type { TariffLevelPoint } from "@/lib/tariffs/types";
import { describeLayer, describeLayers, describeLevel, describePending } from "./describe";
import { seriesColor } from "./palette";
import { causeAt, toIsoDay, type ChartSeries } from "./series-model";

export interface NumberedMilestone extends ChartMilestone {
  number: number;
}

interface Props {
  active?: boolean;
  label?: string | number;
  series: ChartSeries[];
  milestones: NumberedMilestone[];
}

/** The level waiting behind the one in force, naming only the layers it would add. */
function PendingLine({ point }: { point: TariffLevelPoint }) {
  if (!point.pending) return null;
  const added = point.pending.layers.filter((l) => !point.layers.some((c) => c.measureId === l.measureId));
  return (
    <p className="tabular">
      Pending: {describePending(point)}
      {added.length > 0 && <span className="text-muted"> (with {describeLayers(added)})</span>}
    </p>
  );
}

/** The hovered day: each line's level with its layers and the measure that set the step. */
export function ChartTooltip({ active, label, series, milestones }: Props) {
  if (!active || typeof label !== "number") return null;
  const day = toIsoDay(label);
  const entries = series
    .map((s) => ({ s, at: causeAt(s.allPoints, day) }))
    .filter((e): e is { s: ChartSeries; at: NonNullable<typeof e.at> } => Boolean(e.at))
    .sort((a, b) => b.at.point.rate - a.at.point.rate);
  const marks = milestones.filter((m) => m.dateStart === day);
  const firstCause = entries.find((e) => e.at.cause)?.at.cause;
  return (
    <div className="max-w-xs rounded border border-line bg-surface p-2 text-xs shadow-md">
      <p className="tabular mb-1 font-semibold">{formatDay(day)}</p>
      {entries.length === 0 && <p className="text-muted">No level recorded on this day.</p>}
      <ul className="space-y-1.5">
        {entries.map(({ s, at }) => (
          <li key={s.key}>
            <p className="flex items-baseline gap-1.5">
              <span aria-hidden className="inline-block h-0.5 w-3 shrink-0 self-center" style={{ background: seriesColor(s.colorIndex) }} />
              <span className="font-medium">{s.label}</span>
              <span className="tabular ml-auto whitespace-nowrap">{describeLevel(at.point)}</span>
            </p>
            <p className="tabular text-muted">
              Since {formatDay(at.point.date)} · {describeLayers(at.point.layers)}
            </p>
            <PendingLine point={at.point} />
            {at.cause && (
              <p className="text-muted">
                Step set by: {describeLayer(at.cause)}{" "}
                <CorrectThisLink href={editHref("tariffMeasure", at.cause.measureId)} about={describeLayer(at.cause)} className="pointer-events-auto" />
              </p>
            )}
          </li>
        ))}
      </ul>
      {marks.map((m) => (
        <p key={m.id} className="mt-1.5 border-t border-line pt-1.5">
          <span className="font-semibold text-kind-milestone">{m.number}.</span> {m.title}
        </p>
      ))}
      {entries.some((e) => e.at.cause) && <p className="mt-1.5 text-muted">Click a line (or press Enter for the first listed) to open the measure behind its step.</p>}
      {firstCause && <ChartEditShortcut href={editHref("tariffMeasure", firstCause.measureId)} />}
    </div>
  );
}
