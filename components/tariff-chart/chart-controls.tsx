"use client";

import { useId } from "react";
import type { ImposerCoverage, TariffCoverage } from "@/lib/queries/rate-matrix";
import { MAX_LEVEL_SERIES } from "@/lib/validation/tariff-levels-query";
import { SECTOR_LABELS } from "@/lib/vocab/labels";
import type { Sector } from "@/lib/vocab/vocab";
import type { ResolvedView, TariffUrlState } from "./resolve-view";
import type { MilestoneMode } from "./url-state";

export type StatePatch = Partial<{ [K in keyof TariffUrlState]: TariffUrlState[K] | null }>;

interface Props {
  coverage: TariffCoverage;
  imposer: ImposerCoverage | undefined;
  resolved: ResolvedView;
  onChange: (patch: StatePatch) => void;
}

const field = "rounded border border-line bg-surface px-2 py-1 text-sm";
const MILESTONE_MODE_LABELS: Record<MilestoneMode, string> = {
  talks: "Talks of these parties",
  all: "Talks and worldwide",
  none: "None",
};

/** Adds or removes one value, keeping the order chosen so existing lines keep their colours. */
const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

function CheckList<T extends string>(props: {
  legend: string;
  options: { value: T; label: string }[];
  chosen: T[];
  onChange: (next: T[]) => void;
}) {
  const full = props.chosen.length >= MAX_LEVEL_SERIES;
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-xs font-medium text-muted">{props.legend}</legend>
      <div className="flex flex-wrap gap-1.5">
        {props.options.map((o) => {
          const checked = props.chosen.includes(o.value);
          return (
            <label key={o.value} className="flex items-center gap-1 rounded border border-line bg-surface px-1.5 py-0.5 text-xs">
              <input type="checkbox" checked={checked} disabled={!checked && full} onChange={() => props.onChange(toggle(props.chosen, o.value))} />
              {o.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Every control is a native form element, so keyboards and screen readers get them for free. */
export function ChartControls({ coverage, imposer, resolved, onChange }: Props) {
  const id = useId();
  const { view, params } = resolved;
  // Alphabetical to find a name fast; "All partners" (code "*") sorts first.
  const targetOptions = (imposer?.targets ?? [])
    .map((t) => ({ value: t.code, label: t.name }))
    .sort((a, b) => Number(b.value === "*") - Number(a.value === "*") || a.label.localeCompare(b.label));
  const sectorOptions = [...new Set([...(imposer?.sectors ?? []), ...params.sectors])].map((s) => ({ value: s, label: SECTOR_LABELS[s] }));

  return (
    <form className="grid gap-3 rounded border border-line bg-surface p-3" onSubmit={(e) => e.preventDefault()} aria-label="Chart settings">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <fieldset className="flex gap-3 text-sm">
          <legend className="mb-1 text-xs font-medium text-muted">Lines</legend>
          {(["country", "sector"] as const).map((v) => (
            <label key={v} className="flex items-center gap-1">
              <input
                type="radio"
                name={`${id}-view`}
                checked={view === v}
                onChange={() =>
                  onChange(
                    v === "sector"
                      ? { view: v, target: params.targets.slice(0, 1), sector: null, hide: null }
                      : { view: v, target: null, sector: params.sectors.slice(0, 1), hide: null },
                  )
                }
              />
              {v === "country" ? "By country" : "By sector"}
            </label>
          ))}
        </fieldset>
        <label className="grid gap-1 text-xs font-medium text-muted">
          Imposed by
          <select className={field} value={params.imposer} onChange={(e) => onChange({ imposer: e.target.value, target: null, sector: null, hide: null })}>
            {coverage.imposers.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
            {!imposer && <option value={params.imposer}>{coverage.names[params.imposer] ?? params.imposer}</option>}
          </select>
        </label>
        {view === "country" ? (
          <label className="grid gap-1 text-xs font-medium text-muted">
            Sector
            <select className={field} value={params.sectors[0]} onChange={(e) => onChange({ sector: [e.target.value as Sector] })}>
              {sectorOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label className="grid gap-1 text-xs font-medium text-muted">
            Imports from
            <select className={field} value={params.targets[0] ?? ""} onChange={(e) => onChange({ target: [e.target.value], sector: null })}>
              {targetOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="grid gap-1 text-xs font-medium text-muted">
          From
          <input type="date" className={`${field} tabular`} value={params.from} required onChange={(e) => e.target.value && onChange({ from: e.target.value })} />
        </label>
        <label className="grid gap-1 text-xs font-medium text-muted">
          To
          <input type="date" className={`${field} tabular`} value={params.to} required onChange={(e) => onChange({ to: e.target.value || null })} />
        </label>
        <label className="grid gap-1 text-xs font-medium text-muted">
          Milestones
          <select className={field} value={resolved.marks} onChange={(e) => onChange({ marks: e.target.value as MilestoneMode })}>
            {(Object.keys(MILESTONE_MODE_LABELS) as MilestoneMode[]).map((m) => (
              <option key={m} value={m}>
                {MILESTONE_MODE_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="rounded px-2 py-1 text-xs underline"
          onClick={() => onChange({ view: null, target: null, sector: null, from: null, to: null, hide: null, marks: null })}
        >
          Reset view
        </button>
      </div>
      {resolved.swapped && <p className="text-xs">The start date was after the end date; the two have been swapped.</p>}
      {view === "country" ? (
        <CheckList legend="Economies" options={targetOptions} chosen={params.targets} onChange={(next) => onChange({ target: next })} />
      ) : (
        <CheckList legend="Sectors" options={sectorOptions} chosen={params.sectors} onChange={(next) => onChange({ sector: next })} />
      )}
    </form>
  );
}
