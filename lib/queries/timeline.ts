import "server-only";
import type { Db, Prisma } from "../db/open";
import type { DatePrecision } from "../vocab/vocab";
import { encodeCursor, type TimelineFilters, type TimelinePageQuery } from "../validation/timeline-query";
import { roundPaths } from "./round-paths";

export interface TimelineEvent {
  id: string;
  kind: "round" | "milestone" | "tariff";
  change: string;
  dateStart: string;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  title: string;
  summary: string;
  status: string | null;
  sector: string | null;
  parties: string[];
  href: string;
}

export interface TimelinePage {
  items: TimelineEvent[];
  nextCursor: string | null;
}

/** The WHERE clause for a set of filters; every filter is served by an indexed or narrow column. */
export async function timelineWhere(db: Db, f: TimelineFilters): Promise<Prisma.TimelineEventWhereInput | null> {
  const and: Prisma.TimelineEventWhereInput[] = [];
  if (f.negotiation) {
    const negotiation = await db.negotiation.findFirst({ where: { slug: f.negotiation, deletedAt: null }, select: { id: true } });
    if (!negotiation) return null;
    and.push({ negotiationId: negotiation.id });
  }
  if (f.economy?.length) and.push({ OR: f.economy.map((code) => ({ economies: { contains: `|${code}|` } })) });
  if (f.sector?.length) and.push({ sector: { in: f.sector } });
  if (f.kind?.length) and.push({ kind: { in: f.kind } });
  if (f.status?.length) and.push({ status: { in: f.status } });
  if (f.from) and.push({ dateStart: { gte: f.from } });
  if (f.to) and.push({ dateStart: { lte: f.to } });
  if (f.q) and.push({ searchText: { contains: f.q.toLowerCase() } });
  return { AND: and };
}

async function hrefs(db: Db, rows: { id: string; kind: string; roundId: string | null; negotiationId: string | null; tariffMeasureId: string | null }[]) {
  const paths = await roundPaths(db, [...new Set(rows.map((r) => r.roundId).filter((id): id is string => Boolean(id)))]);
  const negotiationIds = [...new Set(rows.map((r) => r.negotiationId).filter((id): id is string => Boolean(id)))];
  const slugs = new Map(
    (await db.negotiation.findMany({ where: { id: { in: negotiationIds } }, select: { id: true, slug: true } })).map((n) => [n.id, n.slug]),
  );
  return (row: (typeof rows)[number]): string => {
    if (row.kind === "tariff" && row.tariffMeasureId) return `/tariffs/measures/${row.tariffMeasureId}`;
    if (row.roundId && paths.has(row.roundId)) return paths.get(row.roundId)!;
    if (row.negotiationId && slugs.has(row.negotiationId)) return `/negotiations/${slugs.get(row.negotiationId)}`;
    return `/timeline?q=${encodeURIComponent(row.id)}`;
  };
}

/** One page of events in date order, continuing after `cursor` (keyset: no OFFSET, stable under inserts). */
export async function listTimelinePage(db: Db, query: TimelinePageQuery): Promise<TimelinePage> {
  const where = await timelineWhere(db, query);
  if (!where) return { items: [], nextCursor: null };
  const desc = query.order === "desc";
  if (query.cursor) {
    const { d, i } = query.cursor;
    const after = desc
      ? { OR: [{ dateStart: { lt: d } }, { dateStart: d, id: { lt: i } }] }
      : { OR: [{ dateStart: { gt: d } }, { dateStart: d, id: { gt: i } }] };
    (where.AND as Prisma.TimelineEventWhereInput[]).push(after);
  }
  const rows = await db.timelineEvent.findMany({
    where,
    orderBy: [{ dateStart: desc ? "desc" : "asc" }, { id: desc ? "desc" : "asc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const hrefOf = await hrefs(db, page);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      kind: r.kind as TimelineEvent["kind"],
      change: r.change,
      dateStart: r.dateStart,
      dateEnd: r.dateEnd,
      datePrecision: r.datePrecision as DatePrecision,
      title: r.title,
      summary: r.summary,
      status: r.status,
      sector: r.sector,
      parties: r.economies.split("|").filter(Boolean),
      href: hrefOf(r),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ d: last.dateStart, i: last.id }) : null,
  };
}

/** Events per ISO week (Monday start) for the filters minus the date range: the density strip. */
export async function weeklyDensity(db: Db, filters: TimelineFilters): Promise<{ week: string; count: number }[]> {
  const where = await timelineWhere(db, { ...filters, from: undefined, to: undefined });
  if (!where) return [];
  const rows = await db.timelineEvent.findMany({ where, select: { dateStart: true } });
  const weeks = new Map<string, number>();
  for (const { dateStart } of rows) {
    const day = new Date(`${dateStart}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
    const week = day.toISOString().slice(0, 10);
    weeks.set(week, (weeks.get(week) ?? 0) + 1);
  }
  return [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, count]) => ({ week, count }));
}
