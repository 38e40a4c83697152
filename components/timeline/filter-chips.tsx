"use client";

import { useQueryStates } from "nuqs";
import { filterParams, timelineUrlParsers } from "./url-state";

const NAMES: Record<string, string> = {
  negotiation: "Negotiation",
  economy: "Economy",
  sector: "Sector",
  kind: "Kind",
  status: "Status",
  from: "From",
  to: "To",
  q: "Search",
  order: "Order",
};

/** The active filters as removable chips, always visible above the list. */
export function FilterChips() {
  const [state, setState] = useQueryStates(timelineUrlParsers, { history: "push" });
  const active = filterParams(state);
  if (active.length === 0) return <p className="text-xs text-muted">No filters: showing every event.</p>;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Active filters">
      {active.map(([key, value]) => (
        <li key={key}>
          <button
            type="button"
            onClick={() => void setState({ [key]: null })}
            className="rounded-full border border-line bg-surface px-2 py-0.5 text-xs"
            aria-label={`Remove filter ${NAMES[key]}: ${value}`}
          >
            {NAMES[key]}: <span className="font-medium">{value === "asc" ? "oldest first" : value}</span> ×
          </button>
        </li>
      ))}
      <li>
        <button
          type="button"
          className="px-1 text-xs underline"
          onClick={() => void setState(Object.fromEntries(active.map(([key]) => [key, null])))}
        >
          Clear all
        </button>
      </li>
    </ul>
  );
}
