import "server-only";
import type { Db } from "../db/open";
import type { TariffLevelsResponse } from "../tariffs/types";
import { DEFAULT_LEVELS_FROM } from "../validation/tariff-levels-query";
import type { DatePrecision, MilestoneKind, Sector } from "../vocab/vocab";
import { roundPaths } from "./round-paths";
import { loadTariffLevels } from "./tariff-levels";

/** A milestone as the tariff chart draws it: a reference line with a title and a link. */
export interface ChartMilestone {
  id: string;
  dateStart: string;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  kind: MilestoneKind;
  title: string;
  /** The negotiation's parties; empty for a worldwide milestone that belongs to no negotiation. */
  parties: string[];
  negotiationTitle: string | null;
  href: string;
}

/** A worldwide milestone has no page of its own; the timeline filtered to its day shows it with its sources. */
const timelineDay = (day: string) => `/timeline?from=${day}&to=${day}`;

/**
 * Every dated milestone, oldest first, optionally only those of negotiations involving one of
 * `economies` (worldwide ones are always kept). The chart picks the ones for its parties and dates
 * in the browser: a few hundred small rows, so changing the view needs no round trip.
 */
export async function loadChartMilestones(db: Db, options: { economies?: string[] } = {}): Promise<ChartMilestone[]> {
  const economies = options.economies?.filter(Boolean);
  const rows = await db.milestone.findMany({
    where: {
      deletedAt: null,
      dateStart: { not: null },
      ...(economies?.length
        ? {
            OR: [
              { negotiationId: null },
              { negotiation: { parties: { some: { economyCode: { in: economies } } } } },
            ],
          }
        : {}),
    },
    include: { negotiation: { select: { slug: true, title: true, deletedAt: true, parties: { select: { economyCode: true } } } } },
    orderBy: [{ dateStart: "asc" }, { id: "asc" }],
  });
  const paths = await roundPaths(db, rows.flatMap((m) => (m.roundId ? [m.roundId] : [])));
  return rows
    .filter((m) => !m.negotiation?.deletedAt)
    .map((m) => ({
      id: m.id,
      dateStart: m.dateStart!,
      dateEnd: m.dateEnd,
      datePrecision: m.datePrecision as DatePrecision,
      kind: m.kind as MilestoneKind,
      title: m.title,
      parties: m.negotiation?.parties.map((p) => p.economyCode).sort() ?? [],
      negotiationTitle: m.negotiation?.title ?? null,
      href: (m.roundId && paths.get(m.roundId)) || (m.negotiation ? `/negotiations/${m.negotiation.slug}` : timelineDay(m.dateStart!)),
    }));
}

/** Everything <TariffChartPanel> needs, loaded on the server so the embedded chart paints at once. */
export interface TariffChartPanelData {
  imposer: string;
  targets: string[];
  sectors: Sector[];
  from: string;
  to: string;
  initialData: TariffLevelsResponse;
  milestones: ChartMilestone[];
  names: Record<string, string>;
}

/**
 * For a page embedding the chart (a negotiation page): `<TariffChartPanel {...await
 * loadTariffChartPanel(db, { imposer: "USA", targets: ["JPN"], sectors: ["all"] })} />`.
 * The dates default to the tracker's first day and today.
 */
export async function loadTariffChartPanel(
  db: Db,
  options: { imposer: string; targets: string[]; sectors: Sector[]; from?: string; to?: string },
): Promise<TariffChartPanelData> {
  const from = options.from ?? DEFAULT_LEVELS_FROM;
  const to = options.to ?? new Date().toISOString().slice(0, 10);
  const parties = [options.imposer, ...options.targets];
  // The API reads "no sector" as all goods; the panel's first data must be the same view.
  const sectors: Sector[] = options.sectors.length ? options.sectors : ["all"];
  const [initialData, milestones, economies] = await Promise.all([
    options.targets.length
      ? loadTariffLevels(db, { imposer: options.imposer, target: options.targets, sector: sectors, from, to })
      : { series: [] },
    loadChartMilestones(db, { economies: parties }),
    db.economy.findMany({ where: { code: { in: parties } }, select: { code: true, name: true } }),
  ]);
  const names = Object.fromEntries(economies.map((e) => [e.code, e.name]));
  return { imposer: options.imposer, targets: options.targets, sectors, from, to, initialData, milestones, names };
}
