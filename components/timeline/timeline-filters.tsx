"use client";

import { useQueryStates } from "nuqs";
import { SECTOR_LABELS } from "@/lib/vocab/labels";
import { SECTORS } from "@/lib/vocab/vocab";
import type { FilterOptions } from "./filter-options";
import { timelineUrlParsers } from "./url-state";

const KINDS = [
  ["round", "Rounds"],
  ["milestone", "Milestones"],
  ["tariff", "Tariff changes"],
] as const;
const STATUSES = ["planned", "held", "postponed", "cancelled", "threatened", "announced", "in-effect", "paused", "agreed", "removed"];

const field = "rounded border border-line bg-surface px-2 py-1 text-sm";

/** The filter form; every control writes straight to the URL so a view can be shared or reloaded. */
export function TimelineFilters({ options }: { options: FilterOptions }) {
  const [state, setState] = useQueryStates(timelineUrlParsers, { history: "push" });
  const set = (key: keyof typeof timelineUrlParsers) => (value: string) => void setState({ [key]: value || null });

  return (
    <form
      role="search"
      aria-label="Filter the timeline"
      className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5"
      onSubmit={(e) => {
        e.preventDefault();
        const q = String(new FormData(e.currentTarget).get("q") ?? "").trim();
        void setState({ q: q || null });
      }}
    >
      <label className="col-span-2 flex flex-col text-xs text-muted sm:col-span-3 lg:col-span-2">
        Search
        <span className="flex gap-1">
          {/* Keyed on the URL value so back/forward and chip removal reset the box. */}
          <input
            key={state.q ?? ""}
            type="search"
            name="q"
            defaultValue={state.q ?? ""}
            className={`${field} w-full`}
            placeholder="Names, places, titles"
          />
          <button type="submit" className={`${field} font-medium text-fg`}>Search</button>
        </span>
      </label>
      <label className="flex flex-col text-xs text-muted">
        Negotiation
        <select value={state.negotiation ?? ""} onChange={(e) => set("negotiation")(e.target.value)} className={field}>
          <option value="">All</option>
          {options.negotiations.map((n) => (
            <option key={n.slug} value={n.slug}>{n.title}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs text-muted">
        Economy (either side)
        <select value={state.economy ?? ""} onChange={(e) => set("economy")(e.target.value)} className={field}>
          <option value="">All</option>
          {options.economies.map((e) => (
            <option key={e.code} value={e.code}>{e.name}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs text-muted">
        Sector
        <select value={state.sector ?? ""} onChange={(e) => set("sector")(e.target.value)} className={field}>
          <option value="">All</option>
          {SECTORS.map((s) => (
            <option key={s} value={s}>{SECTOR_LABELS[s]}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs text-muted">
        Event kind
        <select value={state.kind ?? ""} onChange={(e) => set("kind")(e.target.value)} className={field}>
          <option value="">All</option>
          {KINDS.map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs text-muted">
        Status
        <select value={state.status ?? ""} onChange={(e) => set("status")(e.target.value)} className={field}>
          <option value="">All</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>{s.replace("-", " ")}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs text-muted">
        From
        <input type="date" value={state.from ?? ""} onChange={(e) => set("from")(e.target.value)} className={field} />
      </label>
      <label className="flex flex-col text-xs text-muted">
        To
        <input type="date" value={state.to ?? ""} onChange={(e) => set("to")(e.target.value)} className={field} />
      </label>
      <label className="flex flex-col text-xs text-muted">
        Order
        <select value={state.order} onChange={(e) => void setState({ order: e.target.value === "asc" ? "asc" : null })} className={field}>
          <option value="desc">Newest first</option>
          <option value="asc">Oldest first</option>
        </select>
      </label>
    </form>
  );
}
