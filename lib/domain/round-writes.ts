import type { Db, Prisma } from "../db/open";
import type { RoundData } from "../validation/round";
import { assertEconomiesExist } from "./assert-economies";
import { citationRows } from "./citations";
import { invalid } from "./errors";
import { roundEvents } from "./timeline-events";

/** What a round write needs from other records, checked before anything is written. */
export interface RoundRefs {
  negotiation: { id: string; title: string; parties: string[] };
  names: Map<string, string>;
}

export async function checkRoundRefs(db: Db, data: RoundData): Promise<RoundRefs> {
  const negotiation = await db.negotiation.findFirst({
    where: { id: data.negotiationId, deletedAt: null },
    select: { id: true, title: true, parties: { select: { economyCode: true } } },
  });
  if (!negotiation) throw invalid("negotiationId", "That negotiation does not exist");
  await assertEconomiesExist(db, "participants", data.participants.map((p) => p.sideCode));
  const personIds = data.participants.map((p) => p.personId);
  const people = await db.person.findMany({ where: { id: { in: personIds }, deletedAt: null }, select: { id: true, name: true } });
  if (people.length !== personIds.length) throw invalid("participants", "A participant refers to an unknown person");
  return {
    negotiation: { id: negotiation.id, title: negotiation.title, parties: negotiation.parties.map((p) => p.economyCode) },
    names: new Map(people.map((p) => [p.id, p.name])),
  };
}

/** The round's own columns, as written on create and update alike. */
export function roundColumns(data: RoundData) {
  return {
    negotiationId: data.negotiationId,
    number: data.number,
    level: data.level,
    status: data.status,
    dateStart: data.date.dateStart,
    dateEnd: data.date.dateEnd,
    datePrecision: data.date.datePrecision,
    location: data.location,
    outcome: data.outcome,
    note: data.note,
  };
}

/** Replaces the round's participants, numberings, citations and timeline event: the rest of one write. */
export function roundChildOps(db: Db, id: string, data: RoundData, refs: RoundRefs): Prisma.PrismaPromise<unknown>[] {
  return [
    db.roundParticipant.deleteMany({ where: { roundId: id } }),
    db.roundParticipant.createMany({ data: data.participants.map((p) => ({ ...p, roundId: id })) }),
    db.roundNumbering.deleteMany({ where: { roundId: id } }),
    db.roundNumbering.createMany({
      data: data.numberings.map((n) => ({ ...n, sourceUrl: n.sourceUrl ?? null, note: n.note ?? null, roundId: id })),
    }),
    db.citation.deleteMany({ where: { roundId: id } }),
    db.citation.createMany({ data: citationRows(data.citations).map((c) => ({ ...c, roundId: id })) }),
    db.timelineEvent.deleteMany({ where: { roundId: id, kind: "round" } }),
    db.timelineEvent.createMany({
      data: roundEvents({
        id,
        number: data.number,
        level: data.level,
        status: data.status,
        ...data.date,
        location: data.location,
        outcome: data.outcome,
        negotiation: refs.negotiation,
        participants: data.participants.map((p) => ({ name: refs.names.get(p.personId) ?? "", sideCode: p.sideCode })),
      }),
    }),
  ];
}

/** A stored round in the shape of its input, for revisions, conflicts and reverts. */
export async function roundSnapshot(db: Db, id: string) {
  const r = await db.round.findUnique({
    where: { id },
    include: { participants: true, numberings: true, citations: true },
  });
  if (!r) return null;
  return {
    id: r.id,
    version: r.version,
    deletedAt: r.deletedAt,
    negotiationId: r.negotiationId,
    externalKey: r.externalKey ?? undefined,
    number: r.number,
    level: r.level,
    status: r.status,
    date: { dateStart: r.dateStart, dateEnd: r.dateEnd, datePrecision: r.datePrecision },
    location: r.location,
    outcome: r.outcome,
    note: r.note,
    participants: r.participants.map(({ personId, role, sideCode }) => ({ personId, role, sideCode })),
    numberings: r.numberings.map(({ number, source, sourceUrl, note }) => ({ number, source, sourceUrl, note })),
    citations: r.citations.map(({ articleId, url, quote, startOffset, endOffset }) => ({ articleId, url, quote, startOffset, endOffset })),
  };
}
