import "server-only";
import type { Db } from "../db/open";
import { formatRate } from "../format/rate";
import { MILESTONE_KIND_LABELS, ROUND_LEVEL_LABELS, ROUND_STATUS_LABELS, SECTOR_LABELS } from "../vocab/labels";
import type { DatePrecision, MilestoneKind, RoundLevel, RoundStatus, Sector } from "../vocab/vocab";

export type TimelineEventKind = "round" | "milestone" | "tariff";

export interface TimelineEvent {
  id: string;
  kind: TimelineEventKind;
  /** What happened, e.g. "held", "announcement", "took effect". */
  label: string;
  dateStart: string;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  title: string;
  parties: string[];
  href: string;
}

function tariffTitle(t: { imposerCode: string; targetCode: string | null; sector: string; rate: number }): string {
  const target = t.targetCode ?? "all partners";
  const sector = t.sector === "all" ? "all goods" : SECTOR_LABELS[t.sector as Sector].toLowerCase();
  return `${t.imposerCode} ${formatRate(t.rate)} on ${sector} from ${target}`;
}

/**
 * Every dated event, newest first: rounds, milestones, and each tariff change (announced, took
 * effect, ended). Built in memory from the three tables; fine for the demo's few hundred events.
 */
export async function listTimelineEvents(db: Db, options: { limit?: number } = {}): Promise<TimelineEvent[]> {
  const live = { deletedAt: null };
  const [rounds, milestones, tariffs] = await Promise.all([
    db.round.findMany({
      where: { ...live, dateStart: { not: null } },
      include: { negotiation: { include: { parties: true } } },
    }),
    db.milestone.findMany({ where: { ...live, dateStart: { not: null } }, include: { negotiation: { include: { parties: true } } } }),
    db.tariffMeasure.findMany({ where: live }),
  ]);
  const events: TimelineEvent[] = [];
  for (const r of rounds) {
    events.push({
      id: `round:${r.id}`,
      kind: "round",
      label: ROUND_STATUS_LABELS[r.status as RoundStatus],
      dateStart: r.dateStart!,
      dateEnd: r.dateEnd,
      datePrecision: r.datePrecision as DatePrecision,
      title: `${r.number ? `Round ${r.number}` : "Round"} · ${r.negotiation.title} (${ROUND_LEVEL_LABELS[r.level as RoundLevel].toLowerCase()})`,
      parties: r.negotiation.parties.map((p) => p.economyCode),
      href: `/rounds/${r.id}`,
    });
  }
  for (const m of milestones) {
    events.push({
      id: `milestone:${m.id}`,
      kind: "milestone",
      label: MILESTONE_KIND_LABELS[m.kind as MilestoneKind],
      dateStart: m.dateStart!,
      dateEnd: m.dateEnd,
      datePrecision: m.datePrecision as DatePrecision,
      title: m.title,
      parties: m.negotiation?.parties.map((p) => p.economyCode) ?? [],
      href: m.roundId ? `/rounds/${m.roundId}` : m.negotiation ? `/negotiations/${m.negotiation.slug}` : "/timeline",
    });
  }
  for (const t of tariffs) {
    const parties = [t.imposerCode, ...(t.targetCode ? [t.targetCode] : [])];
    const href = `/tariffs/measures/${t.id}`;
    const changes: [string | null, string][] = [
      [t.announcedOn, t.status === "threatened" ? "Threatened" : "Announced"],
      [t.effectiveFrom, "Took effect"],
      [t.effectiveTo, "Ended"],
    ];
    for (const [date, label] of changes) {
      if (!date) continue;
      events.push({
        id: `tariff:${t.id}:${label}`,
        kind: "tariff",
        label,
        dateStart: date,
        dateEnd: date,
        datePrecision: "day",
        title: tariffTitle(t),
        parties,
        href,
      });
    }
  }
  events.sort((a, b) => b.dateStart.localeCompare(a.dateStart) || a.id.localeCompare(b.id));
  return options.limit ? events.slice(0, options.limit) : events;
}
