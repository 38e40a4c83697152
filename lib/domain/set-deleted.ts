import { changeMetaSchema, type ChangeMeta } from "../validation/mutation";
import { roundInputSchema } from "../validation/round";
import { tariffMeasureInputSchema } from "../validation/tariff-measure";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { parseInput } from "./errors";
import { revisionData } from "./revisions";
import { checkRoundRefs, roundChildOps, roundSnapshot } from "./round-writes";
import { checkTariffRefs, tariffChildOps, tariffSnapshot } from "./tariff-writes";
import { conflict, notFound } from "./errors";

export type DeletableType = "round" | "tariffMeasure";

/**
 * Soft delete and restore. A deleted record keeps its row, children and history and leaves the
 * timeline; restoring brings it back exactly as it was. Both are versioned changes with a reason.
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
  const snapshot = type === "round" ? await roundSnapshot(db, id) : await tariffSnapshot(db, id);
  const what = type === "round" ? "This round" : "This tariff measure";
  if (!snapshot) throw notFound(what);
  if (snapshot.version !== meta.baseVersion) throw conflict(what, snapshot);
  if (Boolean(snapshot.deletedAt) === deleted) return { id, version: snapshot.version };

  const guard = { where: { id, version: meta.baseVersion }, data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } } };
  const action = deleted ? "delete" : "restore";
  const revision = db.revision.create({
    data: revisionData(actor, type, id, action, { before: snapshot, after: { ...snapshot, deletedAt: deleted ? "deleted" : null }, reason: meta.reason }),
  });
  let ops;
  if (type === "round") {
    const restoreOps = deleted ? [] : roundChildOps(db, id, parseInput(roundInputSchema, snapshot), await checkRoundRefs(db, parseInput(roundInputSchema, snapshot)));
    ops = [db.round.update(guard), ...(deleted ? [db.timelineEvent.deleteMany({ where: { roundId: id, kind: "round" } })] : restoreOps), revision];
  } else {
    const data = parseInput(tariffMeasureInputSchema, snapshot);
    const restoreOps = deleted ? [] : tariffChildOps(db, id, data, await checkTariffRefs(db, data));
    ops = [db.tariffMeasure.update(guard), ...(deleted ? [db.timelineEvent.deleteMany({ where: { tariffMeasureId: id } })] : restoreOps), revision];
  }
  try {
    await db.$transaction(ops);
  } catch (error) {
    if ((error as { code?: string }).code === "P2025") throw conflict(what, type === "round" ? await roundSnapshot(db, id) : await tariffSnapshot(db, id));
    throw error;
  }
  return { id, version: meta.baseVersion + 1 };
}
