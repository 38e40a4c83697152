import "server-only";
import type { Db } from "../db/open";
import { roundPaths } from "./round-paths";

const live = { deletedAt: null };

export async function listNegotiations(db: Db) {
  const rows = await db.negotiation.findMany({
    where: live,
    orderBy: { title: "asc" },
    include: {
      parties: { include: { economy: true }, orderBy: { economyCode: "asc" } },
      rounds: { where: live, select: { dateStart: true, dateEnd: true }, orderBy: { dateStart: "desc" } },
      _count: { select: { milestones: { where: live }, tariffs: { where: live } } },
    },
  });
  return rows.map((n) => ({
    id: n.id,
    slug: n.slug,
    title: n.title,
    status: n.status,
    parties: n.parties.map((p) => ({ code: p.economyCode, name: p.economy.name })),
    roundCount: n.rounds.length,
    lastRoundDate: n.rounds.find((r) => r.dateStart)?.dateEnd ?? null,
    milestoneCount: n._count.milestones,
    tariffCount: n._count.tariffs,
  }));
}
export type NegotiationListItem = Awaited<ReturnType<typeof listNegotiations>>[number];

export async function getNegotiationBySlug(db: Db, slug: string) {
  const negotiation = await db.negotiation.findFirst({
    where: { slug, ...live },
    include: {
      parties: { include: { economy: true }, orderBy: { economyCode: "asc" } },
      rounds: {
        where: live,
        orderBy: [{ dateStart: "asc" }, { number: "asc" }],
        include: {
          numberings: { orderBy: { source: "asc" } },
          participants: { include: { person: true }, orderBy: { sideCode: "asc" } },
        },
      },
      milestones: { where: live, orderBy: { dateStart: "asc" } },
      tariffs: {
        where: live,
        orderBy: [{ effectiveFrom: "asc" }, { announcedOn: "asc" }],
        include: { target: true, imposer: true },
      },
    },
  });
  if (!negotiation) return null;
  const people = new Map<string, { id: string; name: string; countryCode: string; roles: Set<string> }>();
  for (const round of negotiation.rounds) {
    for (const p of round.participants) {
      const entry = people.get(p.personId) ?? { id: p.personId, name: p.person.name, countryCode: p.sideCode, roles: new Set() };
      entry.roles.add(p.role);
      people.set(p.personId, entry);
    }
  }
  const paths = await roundPaths(db, negotiation.rounds.map((r) => r.id));
  return {
    ...negotiation,
    rounds: negotiation.rounds.map((r) => ({ ...r, path: paths.get(r.id) ?? `/rounds/${r.id}` })),
    people: [...people.values()]
      .map((p) => ({ ...p, roles: [...p.roles] }))
      .sort((a, b) => a.countryCode.localeCompare(b.countryCode) || a.name.localeCompare(b.name)),
  };
}
export type NegotiationDetail = NonNullable<Awaited<ReturnType<typeof getNegotiationBySlug>>>;
