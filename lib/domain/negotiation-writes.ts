import type { z } from "zod";
import type { Db, Prisma } from "../db/open";
import type { negotiationInputSchema } from "../validation/negotiation";
import { assertEconomiesExist } from "./assert-economies";
import { citationRows } from "./citations";
import { dependentEventOps } from "./dependent-events";
import { invalid } from "./errors";

export type NegotiationData = z.output<typeof negotiationInputSchema>;

/** Parties must be known economies and the slug (the negotiation's address) must stay unique. */
export async function checkNegotiationRefs(db: Db, data: NegotiationData, id?: string): Promise<void> {
  await assertEconomiesExist(db, "parties", data.parties);
  const holder = await db.negotiation.findUnique({ where: { slug: data.slug }, select: { id: true } });
  if (holder && holder.id !== id) throw invalid("slug", `The slug "${data.slug}" is already used by another negotiation`);
}

export function negotiationColumns(data: NegotiationData) {
  return { slug: data.slug, title: data.title, status: data.status, summary: data.summary };
}

/** Parties, citations and the timeline rows that show the title and parties: the rest of one write. */
export async function negotiationChildOps(db: Db, id: string, data: NegotiationData): Promise<Prisma.PrismaPromise<unknown>[]> {
  return [
    db.negotiationParty.deleteMany({ where: { negotiationId: id } }),
    db.negotiationParty.createMany({ data: data.parties.map((economyCode) => ({ negotiationId: id, economyCode })) }),
    db.citation.deleteMany({ where: { negotiationId: id } }),
    db.citation.createMany({ data: citationRows(data.citations).map((c) => ({ ...c, negotiationId: id })) }),
    ...(await dependentEventOps(db, { negotiation: { id, title: data.title, parties: data.parties } })),
  ];
}

/** A stored negotiation in the shape of its input, for revisions, conflicts and reverts. */
export async function negotiationSnapshot(db: Db, id: string) {
  const n = await db.negotiation.findUnique({ where: { id }, include: { parties: true, citations: true } });
  if (!n) return null;
  return {
    id: n.id,
    version: n.version,
    deletedAt: n.deletedAt,
    slug: n.slug,
    title: n.title,
    status: n.status,
    summary: n.summary,
    parties: n.parties.map((p) => p.economyCode).sort(),
    citations: n.citations.map(({ articleId, url, quote, startOffset, endOffset }) => ({ articleId, url, quote, startOffset, endOffset })),
  };
}

/** A negotiation with live rounds, milestones or measures cannot go: they would point at nothing. */
export async function assertNegotiationUnused(db: Db, id: string): Promise<void> {
  const live = { negotiationId: id, deletedAt: null };
  const [rounds, milestones, measures] = await Promise.all([
    db.round.count({ where: live }),
    db.milestone.count({ where: live }),
    db.tariffMeasure.count({ where: live }),
  ]);
  const parts = [
    rounds && `${rounds} round${rounds === 1 ? "" : "s"}`,
    milestones && `${milestones} milestone${milestones === 1 ? "" : "s"}`,
    measures && `${measures} tariff measure${measures === 1 ? "" : "s"}`,
  ].filter(Boolean);
  if (parts.length) throw invalid("negotiation", `This negotiation still has ${parts.join(", ")}: delete or move them first`);
}
