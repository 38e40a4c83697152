import type { Db, Prisma } from "../db/open";
import type { MatchWorld } from "../review/match";
import type { Actor } from "./actor";
import { DomainError } from "./errors";
import { milestoneSnapshot } from "./milestone-writes";
import { revisionData } from "./revisions";
import { roundSnapshot } from "./round-writes";
import { tariffSnapshot } from "./tariff-writes";
import { roundEvents } from "./timeline-events";

/**
 * Additions a review makes to records that already exist: citations, a numbering, a participant.
 * Nothing stored is overwritten. Each touched record gets one guarded version bump (so an editor
 * with its form open meanwhile gets a conflict instead of silently dropping the new citation) and
 * one revision, however many facts of the article point at it.
 */
export type TouchEntity = "round" | "tariffMeasure" | "milestone" | "person";

export interface CitationRow {
  articleId: string;
  quote: string;
  startOffset: number;
  endOffset: number;
}

export interface Touch {
  entity: TouchEntity;
  id: string;
  citations: CitationRow[];
  numberings: { number: number; source: string; note: string | null }[];
  participants: { personId: string; role: string; sideCode: string; name: string }[];
  reasons: string[];
}

export class Touches {
  readonly map = new Map<string, Touch>();

  get(entity: TouchEntity, id: string): Touch {
    const key = `${entity}:${id}`;
    let touch = this.map.get(key);
    if (!touch) {
      touch = { entity, id, citations: [], numberings: [], participants: [], reasons: [] };
      this.map.set(key, touch);
    }
    return touch;
  }
}

const sameSpan = (a: { articleId: string | null; startOffset: number | null; endOffset: number | null }, b: CitationRow) =>
  a.articleId === b.articleId && a.startOffset === b.startOffset && a.endOffset === b.endOffset;

/** Keeps the first of equal spans, and none already cited on the record. */
export function newCitations(stored: { articleId: string | null; startOffset: number | null; endOffset: number | null }[], rows: CitationRow[]) {
  const out: CitationRow[] = [];
  for (const row of rows) if (!stored.some((s) => sameSpan(s, row)) && !out.some((o) => sameSpan(o, row))) out.push(row);
  return out;
}

async function personSnapshot(db: Db, id: string) {
  const p = await db.person.findUnique({ where: { id }, include: { citations: true } });
  if (!p) return null;
  const { nameKey: _k, createdAt: _c, updatedAt: _u, citations, ...rest } = p;
  return { ...rest, citations: citations.map(({ articleId, url, quote, startOffset, endOffset }) => ({ articleId, url, quote, startOffset, endOffset })) };
}

const SNAPSHOTS = { round: roundSnapshot, tariffMeasure: tariffSnapshot, milestone: milestoneSnapshot, person: personSnapshot };
const WHAT: Record<TouchEntity, string> = { round: "A matched round", tariffMeasure: "A matched tariff measure", milestone: "A matched milestone", person: "A person" };
const FK: Record<TouchEntity, "roundId" | "tariffMeasureId" | "milestoneId" | "personId"> = {
  round: "roundId",
  tariffMeasure: "tariffMeasureId",
  milestone: "milestoneId",
  person: "personId",
};

function guardedBump(db: Db, t: Touch, version: number): Prisma.PrismaPromise<unknown> {
  const args = { where: { id: t.id, version, deletedAt: null }, data: { version: { increment: 1 } } };
  if (t.entity === "round") return db.round.update(args);
  if (t.entity === "tariffMeasure") return db.tariffMeasure.update(args);
  if (t.entity === "milestone") return db.milestone.update(args);
  return db.person.update(args);
}

/** A round's timeline event carries its participants' names and sides, so it is rebuilt when one joins. */
async function roundEventOps(db: Db, t: Touch, world: MatchWorld, before: NonNullable<Awaited<ReturnType<typeof roundSnapshot>>>) {
  const negotiation = world.negotiations.find((n) => n.id === before.negotiationId);
  if (!negotiation) return [];
  const people = await db.person.findMany({ where: { id: { in: before.participants.map((p) => p.personId) } }, select: { id: true, name: true } });
  const names = new Map(people.map((p) => [p.id, p.name]));
  const participants = [
    ...before.participants.map((p) => ({ name: names.get(p.personId) ?? "", sideCode: p.sideCode })),
    ...t.participants.map((p) => ({ name: p.name, sideCode: p.sideCode })),
  ];
  return [
    db.timelineEvent.deleteMany({ where: { roundId: t.id, kind: "round" } }),
    db.timelineEvent.createMany({
      data: roundEvents({
        id: t.id,
        number: before.number,
        level: before.level,
        status: before.status,
        ...before.date,
        location: before.location,
        outcome: before.outcome,
        negotiation,
        participants,
      }),
    }),
  ];
}

/** The batch operations of one touched record, or none when everything it would add is already there. */
export async function touchOps(db: Db, actor: Actor, t: Touch, world: MatchWorld, reason: string): Promise<Prisma.PrismaPromise<unknown>[]> {
  const before = await SNAPSHOTS[t.entity](db, t.id);
  if (!before || before.deletedAt) {
    throw new DomainError("conflict", `${WHAT[t.entity]} was deleted while you reviewed: reload the review to match again`);
  }
  const citations = newCitations(before.citations, t.citations);
  const stored = "numberings" in before ? before.numberings : [];
  // One numbering per source and round: the stored one wins, then the first of this review's.
  const numberings = t.numberings.filter(
    (n, i) =>
      !stored.some((s) => s.source.toLowerCase() === n.source.toLowerCase()) &&
      t.numberings.findIndex((o) => o.source.toLowerCase() === n.source.toLowerCase()) === i,
  );
  const present = "participants" in before ? before.participants : [];
  const participants = t.participants.filter((p) => !present.some((s) => s.personId === p.personId));
  if (citations.length + numberings.length + participants.length === 0) return [];
  const fk = FK[t.entity];
  const after = {
    ...before,
    version: before.version + 1,
    citations: [...before.citations, ...citations.map((c) => ({ ...c, url: null }))],
    ...("numberings" in before ? { numberings: [...before.numberings, ...numberings.map((n) => ({ ...n, sourceUrl: null }))] } : {}),
    ...("participants" in before ? { participants: [...before.participants, ...participants.map(({ name: _n, ...p }) => p)] } : {}),
  };
  return [
    guardedBump(db, t, before.version),
    db.citation.createMany({ data: citations.map((c) => ({ ...c, [fk]: t.id })) }),
    ...(numberings.length ? [db.roundNumbering.createMany({ data: numberings.map((n) => ({ ...n, roundId: t.id })) })] : []),
    ...(participants.length
      ? [
          db.roundParticipant.createMany({ data: participants.map(({ name: _n, ...p }) => ({ ...p, roundId: t.id })) }),
          ...(t.entity === "round" && "level" in before ? await roundEventOps(db, { ...t, participants }, world, before) : []),
        ]
      : []),
    db.revision.create({
      data: revisionData(actor, t.entity, t.id, "update", { before, after, reason: [reason, ...t.reasons].join(" ").slice(0, 500) }),
    }),
  ];
}
