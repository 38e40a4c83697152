import type { Prisma } from "../db/open";
import { formatRate } from "../format/rate";
import { ROUND_LEVEL_LABELS, SECTOR_LABELS, TARIFF_KIND_LABELS } from "../vocab/labels";
import type { RoundLevel, Sector, TariffKind } from "../vocab/vocab";

type EventRow = Prisma.TimelineEventCreateManyInput;

const economiesKey = (codes: (string | null | undefined)[]) =>
  `|${[...new Set(codes.filter((c): c is string => Boolean(c)))].sort().join("|")}|`;

const searchText = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" ").toLowerCase();

export interface RoundForEvents {
  id: string;
  number: number | null;
  level: string;
  status: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string;
  location: string | null;
  outcome: string | null;
  negotiation: { id: string; title: string; parties: string[] };
  participants: { name: string; sideCode: string }[];
}

/** A round is one event on the day it met (or was due to meet); undated rounds stay off the timeline. */
export function roundEvents(round: RoundForEvents): EventRow[] {
  if (!round.dateStart) return [];
  const title = `${round.number ? `Round ${round.number}` : "Round"} · ${round.negotiation.title}`;
  const level = ROUND_LEVEL_LABELS[round.level as RoundLevel] ?? round.level;
  const summary = [level, round.location, round.outcome].filter(Boolean).join(" · ");
  return [
    {
      id: `round:${round.id}`,
      kind: "round",
      change: round.status,
      dateStart: round.dateStart,
      dateEnd: round.dateEnd,
      datePrecision: round.datePrecision,
      title,
      summary: summary.slice(0, 400),
      status: round.status,
      sector: null,
      economies: economiesKey([...round.negotiation.parties, ...round.participants.map((p) => p.sideCode)]),
      searchText: searchText(title, summary, ...round.participants.map((p) => p.name)),
      negotiationId: round.negotiation.id,
      roundId: round.id,
    },
  ];
}

export interface MilestoneForEvents {
  id: string;
  kind: string;
  title: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string;
  roundId: string | null;
  negotiation: { id: string; title: string; parties: string[] } | null;
}

export function milestoneEvents(m: MilestoneForEvents): EventRow[] {
  if (!m.dateStart) return [];
  return [
    {
      id: `milestone:${m.id}`,
      kind: "milestone",
      change: m.kind,
      dateStart: m.dateStart,
      dateEnd: m.dateEnd,
      datePrecision: m.datePrecision,
      title: m.title,
      summary: m.negotiation?.title ?? "",
      status: null,
      sector: null,
      economies: economiesKey(m.negotiation?.parties ?? []),
      searchText: searchText(m.title, m.negotiation?.title),
      negotiationId: m.negotiation?.id ?? null,
      roundId: m.roundId,
      milestoneId: m.id,
    },
  ];
}

export interface TariffForEvents {
  id: string;
  imposerCode: string;
  targetCode: string | null;
  sector: string;
  rate: number;
  kind: string;
  status: string;
  legalBasis: string | null;
  announcedOn: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  negotiationId: string | null;
  names: Record<string, string>; // economy code → display name
}

/** "United States: 25% on autos from Japan" */
export function tariffHeadline(t: Pick<TariffForEvents, "imposerCode" | "targetCode" | "sector" | "rate" | "names">): string {
  const sector = t.sector === "all" ? "all goods" : SECTOR_LABELS[t.sector as Sector].toLowerCase();
  const target = t.targetCode ? (t.names[t.targetCode] ?? t.targetCode) : "all partners";
  return `${t.names[t.imposerCode] ?? t.imposerCode}: ${formatRate(t.rate)} on ${sector} from ${target}`;
}

/** A measure's life as events: announced (or threatened), took effect, and ended (paused, removed). */
export function tariffEvents(t: TariffForEvents): EventRow[] {
  const title = tariffHeadline(t);
  const summary = [TARIFF_KIND_LABELS[t.kind as TariffKind] ?? t.kind, t.legalBasis].filter(Boolean).join(" · ");
  const ending = t.status === "paused" ? "paused" : t.status === "removed" ? "removed" : "ended";
  const changes: [string | null, string][] = [
    [t.announcedOn, t.status === "threatened" ? "threatened" : "announced"],
    [t.effectiveFrom, "took-effect"],
    [t.effectiveTo, ending],
  ];
  return changes
    .filter((entry): entry is [string, string] => Boolean(entry[0]))
    .map(([date, change]) => ({
      id: `tariff:${t.id}:${change}`,
      kind: "tariff",
      change,
      dateStart: date,
      dateEnd: date,
      datePrecision: "day",
      title,
      summary,
      status: t.status,
      sector: t.sector,
      economies: economiesKey([t.imposerCode, t.targetCode]),
      searchText: searchText(title, summary),
      negotiationId: t.negotiationId,
      tariffMeasureId: t.id,
    }));
}
