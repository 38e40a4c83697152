import { MILESTONE_KIND_LABELS, ROUND_STATUS_LABELS } from "@/lib/vocab/labels";

const TARIFF_CHANGES: Record<string, string> = {
  threatened: "Threatened",
  announced: "Announced",
  "took-effect": "Took effect",
  paused: "Paused",
  removed: "Removed",
  ended: "Ended",
};

/** What happened in an event, in words: "Held", "Deadline", "Took effect". */
export function changeLabel(kind: string, change: string): string {
  const table: Record<string, string> =
    kind === "round" ? ROUND_STATUS_LABELS : kind === "milestone" ? MILESTONE_KIND_LABELS : TARIFF_CHANGES;
  return table[change] ?? change;
}
