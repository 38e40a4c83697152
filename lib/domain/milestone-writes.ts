import type { z } from "zod";
import type { Db, Prisma } from "../db/open";
import type { milestoneInputSchema } from "../validation/milestone";
import { citationRows } from "./citations";
import { invalid } from "./errors";
import { milestoneEvents } from "./timeline-events";

export type MilestoneData = z.output<typeof milestoneInputSchema>;
type NegotiationRef = { id: string; title: string; parties: string[] } | null;

export async function checkMilestoneRefs(db: Db, data: MilestoneData): Promise<NegotiationRef> {
  const negotiation = data.negotiationId
    ? await db.negotiation.findFirst({
        where: { id: data.negotiationId, deletedAt: null },
        select: { id: true, title: true, parties: { select: { economyCode: true } } },
      })
    : null;
  if (data.negotiationId && !negotiation) throw invalid("negotiationId", "That negotiation does not exist");
  if (data.roundId) {
    const round = await db.round.findFirst({ where: { id: data.roundId, deletedAt: null }, select: { negotiationId: true } });
    if (!round) throw invalid("roundId", "That round does not exist");
    if (data.negotiationId && round.negotiationId !== data.negotiationId) {
      throw invalid("roundId", "The round belongs to another negotiation");
    }
  }
  return negotiation ? { id: negotiation.id, title: negotiation.title, parties: negotiation.parties.map((p) => p.economyCode) } : null;
}

export function milestoneColumns(data: MilestoneData) {
  return {
    dateStart: data.date.dateStart,
    dateEnd: data.date.dateEnd,
    datePrecision: data.date.datePrecision,
    kind: data.kind,
    title: data.title,
    negotiationId: data.negotiationId,
    roundId: data.roundId,
  };
}

export function milestoneChildOps(db: Db, id: string, data: MilestoneData, negotiation: NegotiationRef): Prisma.PrismaPromise<unknown>[] {
  return [
    db.citation.deleteMany({ where: { milestoneId: id } }),
    db.citation.createMany({ data: citationRows(data.citations).map((c) => ({ ...c, milestoneId: id })) }),
    db.timelineEvent.deleteMany({ where: { milestoneId: id, kind: "milestone" } }),
    db.timelineEvent.createMany({
      data: milestoneEvents({ id, kind: data.kind, title: data.title, ...data.date, roundId: data.roundId, negotiation }),
    }),
  ];
}

export async function milestoneSnapshot(db: Db, id: string) {
  const m = await db.milestone.findUnique({ where: { id }, include: { citations: true } });
  if (!m) return null;
  return {
    id: m.id,
    version: m.version,
    deletedAt: m.deletedAt,
    externalKey: m.externalKey ?? undefined,
    date: { dateStart: m.dateStart, dateEnd: m.dateEnd, datePrecision: m.datePrecision },
    kind: m.kind,
    title: m.title,
    negotiationId: m.negotiationId,
    roundId: m.roundId,
    citations: m.citations.map(({ articleId, url, quote, startOffset, endOffset }) => ({ articleId, url, quote, startOffset, endOffset })),
  };
}
