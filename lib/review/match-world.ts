import "server-only";
import type { Db } from "../db/open";
import { nameKey } from "../format/name-key";
import type { ReviewFact } from "./facts";
import type { MatchWorld } from "./match";

/**
 * The stored records an article's facts could match: every live negotiation, the rounds of those
 * that share a party with the facts, tariffs by the imposers named, milestones of the kinds named
 * and people by folded name. Small by construction: a few hundred rows for a busy article.
 */
export async function loadMatchWorld(db: Db, facts: ReviewFact[]): Promise<MatchWorld> {
  const economies = new Set<string>();
  const imposers = new Set<string>();
  const kinds = new Set<string>();
  const keys = new Set<string>();
  for (const f of facts) {
    if (f.type === "round") f.values.parties.forEach((p) => economies.add(p));
    if (f.type === "tariff") imposers.add(f.values.imposer);
    if (f.type === "milestone") kinds.add(f.values.kind);
    if (f.type === "participant") {
      economies.add(f.values.country);
      keys.add(nameKey(f.values.name));
    }
  }
  const [negotiations, rounds, tariffs, milestones, people] = await Promise.all([
    db.negotiation.findMany({
      where: { deletedAt: null },
      select: { id: true, slug: true, title: true, parties: { select: { economyCode: true } } },
      orderBy: { title: "asc" },
    }),
    db.round.findMany({
      where: { deletedAt: null, negotiation: { deletedAt: null, parties: { some: { economyCode: { in: [...economies] } } } } },
      select: {
        id: true,
        negotiationId: true,
        number: true,
        level: true,
        status: true,
        dateStart: true,
        dateEnd: true,
        datePrecision: true,
        location: true,
        numberings: { select: { number: true, source: true } },
        participants: { select: { personId: true } },
      },
      orderBy: [{ dateStart: "asc" }, { id: "asc" }],
    }),
    db.tariffMeasure.findMany({
      where: { deletedAt: null, imposerCode: { in: [...imposers] } },
      select: {
        id: true,
        imposerCode: true,
        targetCode: true,
        sector: true,
        rate: true,
        kind: true,
        status: true,
        announcedOn: true,
        effectiveFrom: true,
        effectiveTo: true,
      },
      orderBy: { id: "asc" },
    }),
    db.milestone.findMany({
      where: { deletedAt: null, kind: { in: [...kinds] } },
      select: { id: true, kind: true, title: true, dateStart: true, dateEnd: true, datePrecision: true, negotiationId: true },
      orderBy: [{ dateStart: "asc" }, { id: "asc" }],
    }),
    db.person.findMany({
      where: { deletedAt: null, nameKey: { in: [...keys] } },
      select: { id: true, name: true, nameKey: true, countryCode: true },
    }),
  ]);
  return {
    negotiations: negotiations.map(({ parties, ...n }) => ({ ...n, parties: parties.map((p) => p.economyCode) })),
    rounds: rounds.map(({ participants, ...r }) => ({ ...r, participantIds: participants.map((p) => p.personId) })),
    tariffs,
    milestones,
    people,
  };
}
