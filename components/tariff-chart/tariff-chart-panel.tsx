"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { formatDay } from "@/lib/format/date";
import type { ChartMilestone } from "@/lib/queries/chart-milestones";
import type { TariffLevelsResponse } from "@/lib/tariffs/types";
import { SECTOR_LABELS } from "@/lib/vocab/labels";
import type { Sector } from "@/lib/vocab/vocab";
import { pickMilestones } from "./milestone-list";
import { economyName, seriesModeFor } from "./series-model";
import { TariffChartView } from "./tariff-chart-view";
import { serializeTariffUrl } from "./url-state";
import { useChartSeries, useTariffLevels } from "./use-tariff-levels";

interface Props {
  imposer: string;
  targets: string[];
  sectors: Sector[];
  from: string;
  to: string;
  /** The server's levels for exactly these settings (see loadTariffChartPanel in lib/queries/chart-milestones). */
  initialData: TariffLevelsResponse;
  milestones: ChartMilestone[];
  names: Record<string, string>;
  heading?: string;
}

/**
 * The tariff chart embedded in another page, fixed to its parties. Its state stays local (legend
 * toggles) so it never writes to the host page's URL; the full explorer is one link away.
 */
export function TariffChartPanel({ imposer, targets, sectors, from, to, initialData, milestones, names, heading }: Props) {
  const params = useMemo(() => ({ imposer, targets, sectors, from, to }), [imposer, targets, sectors, from, to]);
  const mode = seriesModeFor(targets, sectors);
  const { data, fetchState } = useTariffLevels(params, { params, data: initialData });
  const series = useChartSeries(data, mode, names, from, to);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const marks = useMemo(
    () => pickMilestones(milestones, { imposer, economies: targets, from, to, mode: "talks" }),
    [milestones, imposer, targets, from, to],
  );

  const imposerName = economyName(imposer, names);
  const partners = targets.map((t) => economyName(t, names)).join(", ");
  const what = sectors.length === 1 ? SECTOR_LABELS[sectors[0]].toLowerCase() : "each sector";
  const title = heading ?? `${imposerName} tariffs on ${what} from ${partners}`;
  const subtitle = `${formatDay(from)} – ${formatDay(to)}, effective rate in %`;
  const explorer = serializeTariffUrl("/tariffs", {
    view: mode === "sector" ? "sector" : "country",
    imposer,
    target: targets,
    sector: mode === "sector" ? sectors : sectors.slice(0, 1),
    from,
  });

  return (
    <section className="space-y-3" aria-label={title}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="tabular text-xs text-muted">
          {title} · {subtitle}
        </p>
        <Link href={explorer} className="text-xs">
          Open in the tariff chart
        </Link>
      </div>
      <TariffChartView
        series={series}
        hidden={hidden}
        onToggle={(key) =>
          setHidden((old) => {
            const next = new Set(old);
            if (!next.delete(key)) next.add(key);
            return next;
          })
        }
        onShowAll={() => setHidden(new Set())}
        imposer={imposer}
        from={from}
        to={to}
        milestones={marks}
        title={title}
        subtitle={subtitle}
        nameParts={[imposer, ...targets, ...sectors.slice(0, 3), from, to]}
        fetchState={fetchState}
        compact
      />
    </section>
  );
}
