import "server-only";
import type { Db } from "../db/open";
import { formatRate, roundHeadline } from "../format/rate";
import { SECTOR_LABELS } from "../vocab/labels";
import type { Sector } from "../vocab/vocab";
import type { HistoryEntityType } from "./history-query";
import { roundPaths } from "./round-paths";

/** A record as the history shows it: what to call it, where it lives, and its current version. */
export interface HistoryRecordInfo {
  entityType: HistoryEntityType;
  id: string;
  title: string;
  /** Its page, or null when it has none (or is deleted, so its page would be a 404). */
  href: string | null;
  historyHref: string;
  /** null for records without optimistic versioning (economies, articles). */
  version: number | null;
  deleted: boolean;
}

export type RecordRef = { entityType: HistoryEntityType; id: string };
export const refKey = (r: { entityType: string; id: string }) => `${r.entityType}:${r.id}`;

type Base = Omit<HistoryRecordInfo, "entityType" | "historyHref">;
type Loader = (db: Db, ids: string[]) => Promise<Base[]>;

const LOADERS: Record<HistoryEntityType, Loader> = {
  round: async (db, ids) => {
    const rows = await db.round.findMany({ where: { id: { in: ids } }, include: { negotiation: { select: { title: true } } } });
    const paths = await roundPaths(db, rows.filter((r) => !r.deletedAt).map((r) => r.id));
    return rows.map((r) => ({ id: r.id, title: roundHeadline(r), href: paths.get(r.id) ?? null, version: r.version, deleted: Boolean(r.deletedAt) }));
  },
  tariffMeasure: async (db, ids) => {
    const rows = await db.tariffMeasure.findMany({ where: { id: { in: ids } }, include: { imposer: true, target: true } });
    return rows.map((m) => ({
      id: m.id,
      title: `${formatRate(m.rate)} ${(SECTOR_LABELS[m.sector as Sector] ?? m.sector).toLowerCase()} tariff: ${m.imposer.name} on ${m.target?.name ?? "all partners"}`,
      href: m.deletedAt ? null : `/tariffs/measures/${m.id}`,
      version: m.version,
      deleted: Boolean(m.deletedAt),
    }));
  },
  milestone: async (db, ids) => {
    const rows = await db.milestone.findMany({ where: { id: { in: ids } }, include: { negotiation: { select: { slug: true, deletedAt: true } } } });
    const paths = await roundPaths(db, rows.flatMap((m) => (m.roundId ? [m.roundId] : [])));
    return rows.map((m) => {
      const page = (m.roundId && paths.get(m.roundId)) || (m.negotiation && !m.negotiation.deletedAt ? `/negotiations/${m.negotiation.slug}` : null);
      return { id: m.id, title: m.title, href: m.deletedAt ? null : page, version: m.version, deleted: Boolean(m.deletedAt) };
    });
  },
  negotiation: async (db, ids) =>
    (await db.negotiation.findMany({ where: { id: { in: ids } } })).map((n) => ({
      id: n.id,
      title: n.title,
      href: n.deletedAt ? null : `/negotiations/${n.slug}`,
      version: n.version,
      deleted: Boolean(n.deletedAt),
    })),
  person: async (db, ids) =>
    (await db.person.findMany({ where: { id: { in: ids } }, include: { country: true } })).map((p) => ({
      id: p.id,
      title: `${p.name} (${p.country.name})`,
      href: null,
      version: p.version,
      deleted: Boolean(p.deletedAt),
    })),
  economy: async (db, ids) =>
    (await db.economy.findMany({ where: { code: { in: ids } } })).map((e) => ({
      id: e.code,
      title: e.name,
      href: `/timeline?economy=${e.code}`,
      version: null,
      deleted: false,
    })),
  article: async (db, ids) =>
    (await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, publisher: true } })).map((a) => ({
      id: a.id,
      title: a.title ?? (a.publisher ? `Article from ${a.publisher}` : "Untitled article"),
      href: null,
      version: null,
      deleted: false,
    })),
};

export const historyHref = (r: RecordRef) => `/history/${r.entityType}/${encodeURIComponent(r.id)}`;

/** Looks up many records of mixed types in one query per type; records that no longer exist are absent. */
export async function describeRecords(db: Db, refs: RecordRef[]): Promise<Map<string, HistoryRecordInfo>> {
  const byType = new Map<HistoryEntityType, Set<string>>();
  for (const ref of refs) byType.set(ref.entityType, (byType.get(ref.entityType) ?? new Set()).add(ref.id));
  const out = new Map<string, HistoryRecordInfo>();
  await Promise.all(
    [...byType].map(async ([entityType, ids]) => {
      for (const base of await LOADERS[entityType](db, [...ids])) {
        out.set(refKey({ entityType, id: base.id }), { ...base, entityType, historyHref: historyHref({ entityType, id: base.id }) });
      }
    }),
  );
  return out;
}

/** Display names for ids that revisions refer to (people, negotiations, rounds, articles). */
export async function referenceLabels(db: Db, ids: { person: Set<string>; negotiation: Set<string>; round: Set<string>; article: Set<string> }) {
  const [people, negotiations, rounds, articles] = await Promise.all([
    ids.person.size ? db.person.findMany({ where: { id: { in: [...ids.person] } }, select: { id: true, name: true } }) : [],
    ids.negotiation.size ? db.negotiation.findMany({ where: { id: { in: [...ids.negotiation] } }, select: { id: true, title: true } }) : [],
    ids.round.size
      ? db.round.findMany({ where: { id: { in: [...ids.round] } }, select: { id: true, number: true, negotiation: { select: { title: true } } } })
      : [],
    ids.article.size ? db.article.findMany({ where: { id: { in: [...ids.article] } }, select: { id: true, title: true } }) : [],
  ]);
  return {
    person: new Map(people.map((p) => [p.id, p.name])),
    negotiation: new Map(negotiations.map((n) => [n.id, n.title])),
    round: new Map(rounds.map((r) => [r.id, roundHeadline(r)])),
    article: new Map(articles.flatMap((a) => (a.title ? [[a.id, a.title] as const] : []))),
  };
}
