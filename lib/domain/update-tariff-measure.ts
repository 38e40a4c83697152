import { changeMetaSchema, type ChangeMeta } from "../validation/mutation";
import { tariffMeasureInputSchema, type TariffMeasureInput } from "../validation/tariff-measure";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { parseInput } from "./errors";
import { faultOps } from "./fault-injection";
import { revisionData, type RevisionAction } from "./revisions";
import { checkTariffRefs, tariffChildOps, tariffColumns, tariffSnapshot } from "./tariff-writes";
import { runVersionedWrite } from "./versioned-write";

/** Saves a corrected tariff measure if it is still at `baseVersion` (else a conflict, nothing written). */
export async function updateTariffMeasure(
  { db, actor }: DomainContext,
  id: string,
  input: TariffMeasureInput & ChangeMeta,
  action: Extract<RevisionAction, "update" | "revert"> = "update",
): Promise<{ id: string; version: number }> {
  assertCanWrite(actor);
  const meta = parseInput(changeMetaSchema, input);
  const data = parseInput(tariffMeasureInputSchema, input);
  const before = await tariffSnapshot(db, id);
  const names = await checkTariffRefs(db, data);
  return runVersionedWrite(db, {
    what: "This tariff measure",
    id,
    before,
    baseVersion: meta.baseVersion,
    current: () => tariffSnapshot(db, id),
    ops: [
      db.tariffMeasure.update({
        where: { id, version: meta.baseVersion, deletedAt: null },
        data: { ...tariffColumns(data), version: { increment: 1 } },
      }),
      ...faultOps(db),
      ...tariffChildOps(db, id, data, names),
      db.revision.create({
        data: revisionData(actor, "tariffMeasure", id, action, { before, after: { id, ...data }, reason: meta.reason }),
      }),
    ],
  });
}
