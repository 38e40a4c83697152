"use client";

import { useState, type RefObject } from "react";
import { downloadBlob, fileStem, stepsCsv } from "./export-files";
import { chartPng } from "./export-png";
import type { ChartSeries } from "./series-model";

interface Props {
  series: ChartSeries[];
  imposer: string;
  /** Words for the file names, e.g. ["USA", "autos", "2025-01-01", "2025-12-31"]. */
  nameParts: string[];
  title: string;
  subtitle: string;
  chartFrame: RefObject<HTMLDivElement | null>;
}

const buttonClass = "rounded border border-line bg-surface px-2 py-1 text-xs font-medium hover:border-accent disabled:opacity-50";

/** CSV and PNG of exactly what is shown: the visible lines over the chosen dates. */
export function Downloads({ series, imposer, nameParts, title, subtitle, chartFrame }: Props) {
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const empty = series.length === 0;

  function saveCsv() {
    downloadBlob(new Blob([stepsCsv(series, imposer)], { type: "text/csv;charset=utf-8" }), `${fileStem(...nameParts)}.csv`);
    setMessage("CSV downloaded.");
  }

  async function savePng() {
    const svg = chartFrame.current?.querySelector<SVGSVGElement>("svg.recharts-surface");
    if (!svg) {
      setMessage("The chart is not drawn yet; try again in a moment.");
      return;
    }
    setBusy(true);
    try {
      const legend = series.map((s) => ({ label: s.label, colorIndex: s.colorIndex }));
      downloadBlob(await chartPng(svg, title, subtitle, legend), `${fileStem(...nameParts)}.png`);
      setMessage("Image downloaded.");
    } catch (error) {
      setMessage(error instanceof Error ? error.message : "The image could not be made.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={buttonClass} onClick={saveCsv} disabled={empty}>
        Download CSV
      </button>
      <button type="button" className={buttonClass} onClick={() => void savePng()} disabled={empty || busy}>
        {busy ? "Preparing image…" : "Download PNG"}
      </button>
      <span role="status" className="text-xs text-muted">
        {message}
      </span>
    </div>
  );
}
