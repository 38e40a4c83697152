"use client";

import Link from "next/link";
import { formatFuzzyDate } from "@/lib/format/date";
import type { ChartMilestone } from "@/lib/queries/chart-milestones";
import { MILESTONE_KIND_LABELS } from "@/lib/vocab/labels";
import { ALL_PARTNERS } from "@/lib/vocab/vocab";
import { Badge } from "@/components/ui/badge";
import type { NumberedMilestone } from "./chart-tooltip";
import type { MilestoneMode } from "./url-state";

/**
 * The milestones worth a line on this chart: those of talks between the imposer and a charted
 * economy ("talks"), plus worldwide ones that belong to no negotiation ("all", or when the
 * all-partners line is charted), inside the dates.
 */
export function pickMilestones(
  all: ChartMilestone[],
  options: { imposer: string; economies: string[]; from: string; to: string; mode: MilestoneMode },
): NumberedMilestone[] {
  if (options.mode === "none") return [];
  const worldwide = options.mode === "all" || options.economies.includes(ALL_PARTNERS);
  return all
    .filter((m) => m.dateStart >= options.from && m.dateStart <= options.to)
    .filter((m) =>
      m.parties.length === 0
        ? worldwide
        : m.parties.includes(options.imposer) && options.economies.some((code) => m.parties.includes(code)),
    )
    .sort((a, b) => a.dateStart.localeCompare(b.dateStart) || a.id.localeCompare(b.id))
    .map((m, i) => ({ ...m, number: i + 1 }));
}

/** The key to the numbered lines, folded away by default: the chart's labels are only numbers. */
export function MilestoneList({ milestones }: { milestones: NumberedMilestone[] }) {
  if (milestones.length === 0) return null;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-muted">
        {milestones.length} milestone{milestones.length === 1 ? "" : "s"} marked on the chart
      </summary>
      <ol className="mt-2 space-y-1">
        {milestones.map((m) => (
          <li key={m.id} className="grid grid-cols-[2rem_1fr] gap-x-2 sm:grid-cols-[2rem_8rem_7rem_1fr]">
            <span className="tabular text-right font-semibold text-kind-milestone">{m.number}.</span>
            <span className="tabular text-muted">{formatFuzzyDate(m)}</span>
            <span className="col-start-2 sm:col-start-auto">
              <Badge tone="milestone">{MILESTONE_KIND_LABELS[m.kind]}</Badge>
            </span>
            <span className="col-start-2 sm:col-start-auto">
              <Link href={m.href}>{m.title}</Link>
              {m.negotiationTitle && <span className="text-muted"> · {m.negotiationTitle}</span>}
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}
