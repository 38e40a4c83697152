import type { FieldChange, Leaf } from "@/lib/queries/history-diff";
import type { HistoryEntityType } from "@/lib/queries/history-query";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "26 Nov 2026, 01:22 UTC": history times are shown in UTC, the zone they are stored in. */
export function formatUtc(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

export const ACTION_LABELS: Record<string, string> = {
  create: "Created",
  update: "Corrected",
  delete: "Deleted",
  restore: "Restored",
  revert: "Reverted",
};

export const TYPE_LABELS: Record<HistoryEntityType, string> = {
  round: "Round",
  tariffMeasure: "Tariff measure",
  milestone: "Milestone",
  negotiation: "Negotiation",
  person: "Person",
  economy: "Economy",
  article: "Article",
};

/** A stored value as a reader wants it: a name for an id, a % on a rate, yes/no for a flag. */
export function formatLeaf(path: string, value: Leaf | undefined, label?: string, max = Infinity): string {
  if (value === undefined) return "—";
  let text = label ?? (typeof value === "boolean" ? (value ? "yes" : "no") : String(value));
  if (path === "rate" && typeof value === "number") text = `${value}%`;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export const oldText = (c: FieldChange, max?: number) => formatLeaf(c.path, c.old, c.oldLabel, max);
export const newText = (c: FieldChange, max?: number) => formatLeaf(c.path, c.new, c.newLabel, max);

/** Why a revision has no field changes to show. */
export function emptyChangeNote(action: string): string {
  if (action === "delete") return "The record was deleted: it left the timeline, chart and lists, and keeps its history.";
  if (action === "restore") return "The record was restored exactly as it was before its deletion.";
  return "No field changed (the record was saved in the state it already had).";
}

/** The same, in a few words, for the corrections log. */
export function shortChangeNote(action: string): string {
  if (action === "delete") return "Record deleted";
  if (action === "restore") return "Record restored";
  return "No field changed";
}
