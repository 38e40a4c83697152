import type { Db, Prisma } from "../db/open";
import { milestoneInputSchema } from "../validation/milestone";
import { changeMetaSchema, type ChangeMeta } from "../validation/mutation";
import { negotiationInputSchema } from "../validation/negotiation";
import { personInputSchema } from "../validation/person";
import { roundInputSchema } from "../validation/round";
import { tariffMeasureInputSchema } from "../validation/tariff-measure";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { conflict, notFound, parseInput } from "./errors";
import { checkMilestoneRefs, milestoneChildOps, milestoneSnapshot } from "./milestone-writes";
import { assertNegotiationUnused, checkNegotiationRefs, negotiationChildOps, negotiationSnapshot } from "./negotiation-writes";
import { assertPersonUnused, checkPersonRefs, personChildOps, personSnapshot } from "./person-writes";
import { revisionData } from "./revisions";
import { checkRoundRefs, roundChildOps, roundSnapshot } from "./round-writes";
import { checkTariffRefs, tariffChildOps, tariffSnapshot } from "./tariff-writes";

export const DELETABLE_TYPES = ["round", "tariffMeasure", "milestone", "negotiation", "person"] as const;
export type DeletableType = (typeof DELETABLE_TYPES)[number];

type Snapshot = { version: number; deletedAt: Date | null } & Record<string, unknown>;

interface Kind {
  what: string;
  snapshot: (db: Db, id: string) => Promise<Snapshot | null>;
  guard: (db: Db, id: string, baseVersion: number, deleted: boolean) => Prisma.PrismaPromise<unknown>;
  /** Rows that only exist while the record is live: its timeline events (and their rebuild). */
  dropEvents?: (db: Db, id: string) => Prisma.PrismaPromise<unknown>;
  rebuild: (db: Db, id: string, snapshot: Snapshot) => Promise<Prisma.PrismaPromise<unknown>[]>;
  /** Refuses a delete that would leave other live records pointing at this one. */
  assertDeletable?: (db: Db, id: string) => Promise<void>;
}

const guardData = (baseVersion: number, deleted: boolean) => ({
  where: { version: baseVersion },
  data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } },
});

const KINDS: Record<DeletableType, Kind> = {
  round: {
    what: "This round",
    snapshot: roundSnapshot,
    guard: (db, id, v, d) => db.round.update({ where: { id, ...guardData(v, d).where }, data: guardData(v, d).data }),
    dropEvents: (db, id) => db.timelineEvent.deleteMany({ where: { roundId: id, kind: "round" } }),
    rebuild: async (db, id, s) => {
      const data = parseInput(roundInputSchema, s);
      return roundChildOps(db, id, data, await checkRoundRefs(db, data));
    },
  },
  tariffMeasure: {
    what: "This tariff measure",
    snapshot: tariffSnapshot,
    guard: (db, id, v, d) => db.tariffMeasure.update({ where: { id, ...guardData(v, d).where }, data: guardData(v, d).data }),
    dropEvents: (db, id) => db.timelineEvent.deleteMany({ where: { tariffMeasureId: id } }),
    rebuild: async (db, id, s) => {
      const data = parseInput(tariffMeasureInputSchema, s);
      return tariffChildOps(db, id, data, await checkTariffRefs(db, data));
    },
  },
  milestone: {
    what: "This milestone",
    snapshot: milestoneSnapshot,
    guard: (db, id, v, d) => db.milestone.update({ where: { id, ...guardData(v, d).where }, data: guardData(v, d).data }),
    dropEvents: (db, id) => db.timelineEvent.deleteMany({ where: { milestoneId: id, kind: "milestone" } }),
    rebuild: async (db, id, s) => {
      const data = parseInput(milestoneInputSchema, s);
      return milestoneChildOps(db, id, data, await checkMilestoneRefs(db, data));
    },
  },
  // Negotiations and people own no timeline rows of their own; those of their rounds follow them.
  negotiation: {
    what: "This negotiation",
    snapshot: negotiationSnapshot,
    guard: (db, id, v, d) => db.negotiation.update({ where: { id, ...guardData(v, d).where }, data: guardData(v, d).data }),
    rebuild: async (db, id, s) => {
      const data = parseInput(negotiationInputSchema, s);
      await checkNegotiationRefs(db, data, id);
      return negotiationChildOps(db, id, data);
    },
    assertDeletable: assertNegotiationUnused,
  },
  person: {
    what: "This person",
    snapshot: personSnapshot,
    guard: (db, id, v, d) => db.person.update({ where: { id, ...guardData(v, d).where }, data: guardData(v, d).data }),
    rebuild: async (db, id, s) => {
      const data = parseInput(personInputSchema, s);
      await checkPersonRefs(db, data, id);
      return personChildOps(db, id, data);
    },
    assertDeletable: assertPersonUnused,
  },
};

/**
 * Soft delete and restore. A deleted record keeps its row, children and history and leaves the
 * timeline and chart; restoring brings it back as it was. Both are versioned changes with a reason.
 */
export async function setDeleted(
  { db, actor }: DomainContext,
  type: DeletableType,
  id: string,
  deleted: boolean,
  input: ChangeMeta,
): Promise<{ id: string; version: number }> {
  assertCanWrite(actor);
  const meta = parseInput(changeMetaSchema, input);
  const kind = KINDS[type];
  const snapshot = await kind.snapshot(db, id);
  if (!snapshot) throw notFound(kind.what);
  if (snapshot.version !== meta.baseVersion) throw conflict(kind.what, snapshot);
  if (Boolean(snapshot.deletedAt) === deleted) return { id, version: snapshot.version };
  if (deleted) await kind.assertDeletable?.(db, id);
  const ops = [
    kind.guard(db, id, meta.baseVersion, deleted),
    ...(deleted ? (kind.dropEvents ? [kind.dropEvents(db, id)] : []) : await kind.rebuild(db, id, snapshot)),
    db.revision.create({
      data: revisionData(actor, type, id, deleted ? "delete" : "restore", {
        before: snapshot,
        after: { ...snapshot, deletedAt: deleted ? new Date().toISOString() : null },
        reason: meta.reason,
      }),
    }),
  ];
  try {
    await db.$transaction(ops);
  } catch (error) {
    if ((error as { code?: string }).code === "P2025") throw conflict(kind.what, await kind.snapshot(db, id));
    throw error;
  }
  return { id, version: meta.baseVersion + 1 };
}
