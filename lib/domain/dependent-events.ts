import type { Db, Prisma } from "../db/open";
import { milestoneEvents, roundEvents } from "./timeline-events";

type NegotiationRef = { id: string; title: string; parties: string[] };

/**
 * Timeline rows copy a negotiation's title and parties and the participants' names. When one of
 * those changes, the rows of the live rounds and milestones that show it are rebuilt in the same
 * transaction, with the new values (the stored ones are still the old ones when this runs).
 */
export async function dependentEventOps(
  db: Db,
  change: { negotiation: NegotiationRef } | { person: { id: string; name: string } },
): Promise<Prisma.PrismaPromise<unknown>[]> {
  const roundWhere: Prisma.RoundWhereInput =
    "negotiation" in change ? { negotiationId: change.negotiation.id } : { participants: { some: { personId: change.person.id } } };
  const rounds = await db.round.findMany({
    where: { ...roundWhere, deletedAt: null },
    include: {
      negotiation: { select: { id: true, title: true, parties: { select: { economyCode: true } } } },
      participants: { select: { sideCode: true, person: { select: { id: true, name: true } } } },
    },
  });
  const negotiationOf = (n: { id: string; title: string; parties: { economyCode: string }[] }): NegotiationRef =>
    "negotiation" in change && n.id === change.negotiation.id ? change.negotiation : { id: n.id, title: n.title, parties: n.parties.map((p) => p.economyCode) };
  const nameOf = (person: { id: string; name: string }) => ("person" in change && person.id === change.person.id ? change.person.name : person.name);
  const roundRows = rounds.flatMap((r) =>
    roundEvents({
      ...r,
      negotiation: negotiationOf(r.negotiation),
      participants: r.participants.map((p) => ({ name: nameOf(p.person), sideCode: p.sideCode })),
    }),
  );
  const ops: Prisma.PrismaPromise<unknown>[] = [
    db.timelineEvent.deleteMany({ where: { kind: "round", roundId: { in: rounds.map((r) => r.id) } } }),
    db.timelineEvent.createMany({ data: roundRows }),
  ];
  if (!("negotiation" in change)) return ops;
  const milestones = await db.milestone.findMany({ where: { negotiationId: change.negotiation.id, deletedAt: null } });
  return [
    ...ops,
    db.timelineEvent.deleteMany({ where: { kind: "milestone", milestoneId: { in: milestones.map((m) => m.id) } } }),
    db.timelineEvent.createMany({ data: milestones.flatMap((m) => milestoneEvents({ ...m, negotiation: change.negotiation })) }),
  ];
}
