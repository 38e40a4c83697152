import { milestoneInputSchema, type MilestoneInput } from "../validation/milestone";
import { changeMetaSchema, type ChangeMeta } from "../validation/mutation";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { parseInput } from "./errors";
import { faultOps } from "./fault-injection";
import { checkMilestoneRefs, milestoneChildOps, milestoneColumns, milestoneSnapshot } from "./milestone-writes";
import { revisionData, type RevisionAction } from "./revisions";
import { runVersionedWrite } from "./versioned-write";

export async function updateMilestone(
  { db, actor }: DomainContext,
  id: string,
  input: MilestoneInput & ChangeMeta,
  action: Extract<RevisionAction, "update" | "revert"> = "update",
): Promise<{ id: string; version: number }> {
  assertCanWrite(actor);
  const meta = parseInput(changeMetaSchema, input);
  const data = parseInput(milestoneInputSchema, input);
  const before = await milestoneSnapshot(db, id);
  const negotiation = await checkMilestoneRefs(db, data);
  return runVersionedWrite(db, {
    what: "This milestone",
    id,
    before,
    baseVersion: meta.baseVersion,
    current: () => milestoneSnapshot(db, id),
    ops: [
      db.milestone.update({
        where: { id, version: meta.baseVersion, deletedAt: null },
        data: { ...milestoneColumns(data), version: { increment: 1 } },
      }),
      ...faultOps(db),
      ...milestoneChildOps(db, id, data, negotiation),
      db.revision.create({
        data: revisionData(actor, "milestone", id, action, { before, after: { id, ...data }, reason: meta.reason }),
      }),
    ],
  });
}
