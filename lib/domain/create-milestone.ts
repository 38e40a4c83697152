import { milestoneInputSchema, type MilestoneInput } from "../validation/milestone";
import { assertCanWrite } from "./actor";
import { citationRows } from "./citations";
import type { DomainContext } from "./context";
import { DomainError, invalid, parseInput } from "./errors";
import { newId } from "./ids";
import { revisionData } from "./revisions";
import { milestoneEvents } from "./timeline-events";

export async function createMilestone({ db, actor }: DomainContext, input: MilestoneInput): Promise<{ id: string }> {
  assertCanWrite(actor);
  const data = parseInput(milestoneInputSchema, input);
  const negotiation = data.negotiationId
    ? await db.negotiation.findUnique({
        where: { id: data.negotiationId },
        select: { id: true, title: true, parties: { select: { economyCode: true } } },
      })
    : null;
  if (data.negotiationId && !negotiation) throw invalid("negotiationId", "That negotiation does not exist");
  if (data.roundId) {
    const round = await db.round.findUnique({ where: { id: data.roundId }, select: { negotiationId: true } });
    if (!round) throw invalid("roundId", "That round does not exist");
    if (data.negotiationId && round.negotiationId !== data.negotiationId) {
      throw invalid("roundId", "The round belongs to another negotiation");
    }
  }
  if (data.externalKey && (await db.milestone.findUnique({ where: { externalKey: data.externalKey } }))) {
    throw new DomainError("conflict", `A milestone with key ${data.externalKey} already exists`);
  }
  const id = newId();
  await db.$transaction([
    db.milestone.create({
      data: {
        id,
        externalKey: data.externalKey ?? null,
        dateStart: data.date.dateStart,
        dateEnd: data.date.dateEnd,
        datePrecision: data.date.datePrecision,
        kind: data.kind,
        title: data.title,
        negotiationId: data.negotiationId,
        roundId: data.roundId,
        citations: { create: citationRows(data.citations) },
      },
    }),
    db.timelineEvent.createMany({
      data: milestoneEvents({
        id,
        kind: data.kind,
        title: data.title,
        ...data.date,
        roundId: data.roundId,
        negotiation: negotiation
          ? { id: negotiation.id, title: negotiation.title, parties: negotiation.parties.map((p) => p.economyCode) }
          : null,
      }),
    }),
    db.revision.create({ data: revisionData(actor, "milestone", id, "create", { after: { id, ...data } }) }),
  ]);
  return { id };
}
