import { describeLayers, pendingStatusLabel, stepStatusLabel } from "./describe";
import type { ChartSeries } from "./series-model";
import { stepRows } from "./step-rows";

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The view's steps as CSV, one row per step, plain values (rates as numbers, ISO dates) for spreadsheets. */
export function stepsCsv(series: ChartSeries[], imposer: string): string {
  const header = ["series", "imposer", "target", "sector", "from", "next_step", "rate_percent", "status", "layers",
    "pending_rate_percent", "pending_status", "pending_layers", "set_by_measure_id"];
  const lines = stepRows(series).map((row) =>
    [
      row.series.label,
      imposer,
      row.series.target,
      row.series.sector,
      row.since,
      row.until ?? "",
      row.point.rate,
      stepStatusLabel(row.point),
      describeLayers(row.point.layers),
      row.point.pending?.rate ?? "",
      row.point.pending ? pendingStatusLabel(row.point.pending) : "",
      row.point.pending ? describeLayers(row.point.pending.layers) : "",
      row.cause?.measureId ?? "",
    ]
      .map(csvCell)
      .join(","),
  );
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (dashes, accented names).
  return `\uFEFF${[header.join(","), ...lines].join("\r\n")}\r\n`;
}

export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "tariffs-USA-autos-2025-01-01-2025-12-31": safe in every file system. */
export const fileStem = (...parts: string[]) =>
  ["tariffs", ...parts].join("-").replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 120);
