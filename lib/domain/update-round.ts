import { changeMetaSchema, type ChangeMeta } from "../validation/mutation";
import { roundInputSchema, type RoundInput } from "../validation/round";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { parseInput } from "./errors";
import { faultOps } from "./fault-injection";
import { revisionData, type RevisionAction } from "./revisions";
import { checkRoundRefs, roundChildOps, roundColumns, roundSnapshot } from "./round-writes";
import { runVersionedWrite } from "./versioned-write";

/**
 * Saves an edited round. The write only lands if the round is still at `baseVersion`; otherwise
 * nothing changes and the caller gets a conflict carrying the round as it stands now.
 */
export async function updateRound(
  { db, actor }: DomainContext,
  id: string,
  input: RoundInput & ChangeMeta,
  action: Extract<RevisionAction, "update" | "revert"> = "update",
): Promise<{ id: string; version: number }> {
  assertCanWrite(actor);
  const meta = parseInput(changeMetaSchema, input);
  const data = parseInput(roundInputSchema, input);
  const before = await roundSnapshot(db, id);
  const refs = await checkRoundRefs(db, data);
  return runVersionedWrite(db, {
    what: "This round",
    id,
    before,
    baseVersion: meta.baseVersion,
    current: () => roundSnapshot(db, id),
    ops: [
      db.round.update({
        where: { id, version: meta.baseVersion, deletedAt: null },
        data: { ...roundColumns(data), version: { increment: 1 } },
      }),
      ...faultOps(db),
      ...roundChildOps(db, id, data, refs),
      db.revision.create({
        data: revisionData(actor, "round", id, action, { before, after: { id, ...data }, reason: meta.reason }),
      }),
    ],
  });
}
