import { formatRate } from "@/lib/format/rate";
import type { PendingLevel, StepLayer, TariffLevelPoint } from "@/lib/tariffs/types";
import { TARIFF_KIND_LABELS, TARIFF_STATUS_LABELS } from "@/lib/vocab/labels";

/**
 * Words for a step, shared by the tooltip, the legend, the data table and the CSV so they never
 * disagree. A level that is not in force names the least certain word behind it: threatened,
 * then announced, then agreed.
 */
function pendingWord(layers: StepLayer[]): string {
  const statuses = new Set(layers.map((layer) => layer.status));
  if (statuses.has("threatened")) return "threatened";
  if (statuses.has("agreed") && !statuses.has("announced")) return "agreed";
  return "announced";
}

export function stepStatusLabel(point: TariffLevelPoint): string {
  return point.status === "in-effect" ? "in effect" : pendingWord(point.layers);
}

export const pendingStatusLabel = (pending: PendingLevel) => pendingWord(pending.layers);

/** "25% — threatened": a rate always shows its status. */
export const describeLevel = (point: TariffLevelPoint) => `${formatRate(point.rate)} — ${stepStatusLabel(point)}`;

/** "25% threatened", the level waiting behind the one in force; "" when none is. */
export const describePending = (point: TariffLevelPoint) =>
  point.pending ? `${formatRate(point.pending.rate)} ${pendingStatusLabel(point.pending)}` : "";

/** "Sectoral 25% (announced)"; in-effect layers go without the status, which is the normal case. */
export function describeLayer(layer: StepLayer): string {
  const status = layer.status === "in-effect" ? "" : ` (${TARIFF_STATUS_LABELS[layer.status].toLowerCase()})`;
  return `${TARIFF_KIND_LABELS[layer.kind]} ${formatRate(layer.rate)}${status}`;
}

export const describeLayers = (layers: StepLayer[]) => (layers.length ? layers.map(describeLayer).join(" + ") : "No measure");
