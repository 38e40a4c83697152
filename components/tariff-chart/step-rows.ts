import type { StepLayer, TariffLevelPoint } from "@/lib/tariffs/types";
import { stepCause, type ChartSeries } from "./series-model";

/** One step of one line as the table and the CSV list it. */
export interface StepRow {
  series: ChartSeries;
  point: TariffLevelPoint;
  /** When the step really began; earlier than the view's first day for the level in force at its start. */
  since: string;
  /** The next step's first day, or null while the level still holds at the view's end. */
  until: string | null;
  cause: StepLayer | undefined;
}

/** Every step of the given lines inside the view, line by line, oldest first. */
export function stepRows(series: ChartSeries[]): StepRow[] {
  return series.flatMap((s) =>
    s.points.map((point, i) => {
      // Read the cause against the real previous step, not the view's clipped start.
      const realIndex = s.allPoints.findLastIndex((p) => p.date <= point.date);
      const real = s.allPoints[realIndex];
      const next = s.points[i + 1];
      return {
        series: s,
        point,
        since: real?.date ?? point.date,
        until: next?.date ?? null,
        cause: stepCause(s.allPoints, realIndex),
      };
    }),
  );
}
