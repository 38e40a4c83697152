import { changeMetaSchema, type ChangeMeta } from "../validation/mutation";
import { negotiationInputSchema, type NegotiationInput } from "../validation/negotiation";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { parseInput } from "./errors";
import { faultOps } from "./fault-injection";
import { checkNegotiationRefs, negotiationChildOps, negotiationColumns, negotiationSnapshot } from "./negotiation-writes";
import { revisionData, type RevisionAction } from "./revisions";
import { runVersionedWrite } from "./versioned-write";

/** Saves an edited negotiation; its rounds' and milestones' timeline rows follow a new title or party list. */
export async function updateNegotiation(
  { db, actor }: DomainContext,
  id: string,
  input: NegotiationInput & ChangeMeta,
  action: Extract<RevisionAction, "update" | "revert"> = "update",
): Promise<{ id: string; version: number }> {
  assertCanWrite(actor);
  const meta = parseInput(changeMetaSchema, input);
  const data = parseInput(negotiationInputSchema, input);
  const before = await negotiationSnapshot(db, id);
  if (before && !before.deletedAt) await checkNegotiationRefs(db, data, id);
  return runVersionedWrite(db, {
    what: "This negotiation",
    id,
    before,
    baseVersion: meta.baseVersion,
    current: () => negotiationSnapshot(db, id),
    ops: [
      db.negotiation.update({
        where: { id, version: meta.baseVersion, deletedAt: null },
        data: { ...negotiationColumns(data), version: { increment: 1 } },
      }),
      ...faultOps(db),
      ...(await negotiationChildOps(db, id, data)),
      db.revision.create({
        data: revisionData(actor, "negotiation", id, action, { before, after: { id, ...data }, reason: meta.reason }),
      }),
    ],
  });
}
