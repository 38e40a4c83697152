import { roundInputSchema, type RoundInput } from "../validation/round";
import { assertCanWrite } from "./actor";
import { assertEconomiesExist } from "./assert-economies";
import { citationRows } from "./citations";
import type { DomainContext } from "./context";
import { DomainError, invalid, parseInput } from "./errors";
import { newId } from "./ids";
import { revisionData } from "./revisions";
import { roundEvents } from "./timeline-events";

export async function createRound({ db, actor }: DomainContext, input: RoundInput): Promise<{ id: string }> {
  assertCanWrite(actor);
  const data = parseInput(roundInputSchema, input);
  const negotiation = await db.negotiation.findFirst({
    where: { id: data.negotiationId, deletedAt: null },
    select: { id: true, title: true, parties: { select: { economyCode: true } } },
  });
  if (!negotiation) throw invalid("negotiationId", "That negotiation does not exist");
  if (data.externalKey && (await db.round.findUnique({ where: { externalKey: data.externalKey } }))) {
    throw new DomainError("conflict", `A round with key ${data.externalKey} already exists`);
  }
  await assertEconomiesExist(db, "participants", data.participants.map((p) => p.sideCode));
  const personIds = data.participants.map((p) => p.personId);
  const people = await db.person.findMany({ where: { id: { in: personIds }, deletedAt: null }, select: { id: true, name: true } });
  if (people.length !== personIds.length) throw invalid("participants", "A participant refers to an unknown person");
  const names = new Map(people.map((p) => [p.id, p.name]));

  const id = newId();
  await db.$transaction([
    db.round.create({
      data: {
        id,
        externalKey: data.externalKey ?? null,
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
        participants: { create: data.participants },
        numberings: { create: data.numberings.map((n) => ({ ...n, sourceUrl: n.sourceUrl ?? null })) },
        citations: { create: citationRows(data.citations) },
      },
    }),
    db.timelineEvent.createMany({
      data: roundEvents({
        id,
        number: data.number,
        level: data.level,
        status: data.status,
        ...data.date,
        location: data.location,
        outcome: data.outcome,
        negotiation: { id: negotiation.id, title: negotiation.title, parties: negotiation.parties.map((p) => p.economyCode) },
        participants: data.participants.map((p) => ({ name: names.get(p.personId) ?? "", sideCode: p.sideCode })),
      }),
    }),
    db.revision.create({ data: revisionData(actor, "round", id, "create", { after: { id, ...data } }) }),
  ]);
  return { id };
}
