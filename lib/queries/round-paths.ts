import "server-only";
import type { Db } from "../db/open";

/**
 * Canonical round URLs: /negotiations/<slug>/rounds/<number> when that number is unique in its
 * negotiation, else /negotiations/<slug>/rounds/<id> (parallel tracks can share a number).
 */
export async function roundPaths(db: Db, roundIds: string[]): Promise<Map<string, string>> {
  if (roundIds.length === 0) return new Map();
  const rounds = await db.round.findMany({
    where: { id: { in: roundIds } },
    select: { id: true, number: true, negotiationId: true, negotiation: { select: { slug: true } } },
  });
  const numbered = rounds.filter((r) => r.number !== null);
  const counts = numbered.length
    ? await db.round.groupBy({
        by: ["negotiationId", "number"],
        where: {
          deletedAt: null,
          OR: numbered.map((r) => ({ negotiationId: r.negotiationId, number: r.number })),
        },
        _count: { _all: true },
      })
    : [];
  const shared = new Set(counts.filter((c) => c._count._all > 1).map((c) => `${c.negotiationId}:${c.number}`));
  return new Map(
    rounds.map((r) => {
      const key = r.number !== null && !shared.has(`${r.negotiationId}:${r.number}`) ? String(r.number) : r.id;
      return [r.id, `/negotiations/${r.negotiation.slug}/rounds/${key}`];
    }),
  );
}

export async function roundPath(db: Db, roundId: string): Promise<string | null> {
  return (await roundPaths(db, [roundId])).get(roundId) ?? null;
}
