import "server-only";
import type { Db } from "../db/open";

export async function getRound(db: Db, id: string) {
  const round = await db.round.findFirst({
    where: { id, deletedAt: null },
    include: {
      negotiation: { include: { parties: { include: { economy: true }, orderBy: { economyCode: "asc" } } } },
      numberings: { orderBy: { source: "asc" } },
      participants: { include: { person: true, side: true }, orderBy: [{ sideCode: "asc" }] },
      milestones: { where: { deletedAt: null }, orderBy: { dateStart: "asc" } },
      citations: { include: { article: { select: { id: true, title: true, publisher: true, url: true } } } },
    },
  });
  if (!round || round.negotiation.deletedAt) return null;
  const siblings = await db.round.findMany({
    where: { negotiationId: round.negotiationId, deletedAt: null },
    orderBy: [{ dateStart: "asc" }, { number: "asc" }],
    select: { id: true, number: true, dateStart: true, dateEnd: true, datePrecision: true },
  });
  const index = siblings.findIndex((s) => s.id === round.id);
  return {
    ...round,
    previous: index > 0 ? siblings[index - 1] : null,
    next: index >= 0 && index < siblings.length - 1 ? siblings[index + 1] : null,
  };
}
export type RoundDetail = NonNullable<Awaited<ReturnType<typeof getRound>>>;

/**
 * The round a canonical URL names: a number unique within the negotiation, or a round id. Returns
 * null when the slug or key names nothing (or a number shared by two rounds).
 */
export async function findRoundIdByKey(db: Db, slug: string, key: string): Promise<string | null> {
  const negotiation = await db.negotiation.findFirst({ where: { slug, deletedAt: null }, select: { id: true } });
  if (!negotiation) return null;
  if (/^\d{1,4}$/.test(key)) {
    const matches = await db.round.findMany({
      where: { negotiationId: negotiation.id, number: Number(key), deletedAt: null },
      select: { id: true },
      take: 2,
    });
    return matches.length === 1 ? matches[0].id : null;
  }
  const round = await db.round.findFirst({ where: { id: key, negotiationId: negotiation.id, deletedAt: null }, select: { id: true } });
  return round?.id ?? null;
}
