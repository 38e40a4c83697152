import { milestoneInputSchema, type MilestoneInput } from "../validation/milestone";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { DomainError, parseInput } from "./errors";
import { faultOps } from "./fault-injection";
import { newId } from "./ids";
import { checkMilestoneRefs, milestoneChildOps, milestoneColumns } from "./milestone-writes";
import { revisionData } from "./revisions";

export async function createMilestone({ db, actor }: DomainContext, input: MilestoneInput): Promise<{ id: string }> {
  assertCanWrite(actor);
  const data = parseInput(milestoneInputSchema, input);
  const negotiation = await checkMilestoneRefs(db, data);
  if (data.externalKey && (await db.milestone.findUnique({ where: { externalKey: data.externalKey } }))) {
    throw new DomainError("conflict", `A milestone with key ${data.externalKey} already exists`);
  }
  const id = newId();
  await db.$transaction([
    db.milestone.create({ data: { id, externalKey: data.externalKey ?? null, ...milestoneColumns(data) } }),
    ...faultOps(db),
    ...milestoneChildOps(db, id, data, negotiation),
    db.revision.create({ data: revisionData(actor, "milestone", id, "create", { after: { id, ...data } }) }),
  ]);
  return { id };
}
