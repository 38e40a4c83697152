import { changeMetaSchema, type ChangeMeta } from "../validation/mutation";
import { personInputSchema, type PersonInput } from "../validation/person";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { parseInput } from "./errors";
import { faultOps } from "./fault-injection";
import { checkPersonRefs, personChildOps, personColumns, personSnapshot } from "./person-writes";
import { revisionData, type RevisionAction } from "./revisions";
import { runVersionedWrite } from "./versioned-write";

/** Saves an edited person; round pages read the name live, the timeline's search text is rebuilt. */
export async function updatePerson(
  { db, actor }: DomainContext,
  id: string,
  input: PersonInput & ChangeMeta,
  action: Extract<RevisionAction, "update" | "revert"> = "update",
): Promise<{ id: string; version: number }> {
  assertCanWrite(actor);
  const meta = parseInput(changeMetaSchema, input);
  const data = parseInput(personInputSchema, input);
  const before = await personSnapshot(db, id);
  if (before && !before.deletedAt) await checkPersonRefs(db, data, id);
  return runVersionedWrite(db, {
    what: "This person",
    id,
    before,
    baseVersion: meta.baseVersion,
    current: () => personSnapshot(db, id),
    ops: [
      db.person.update({
        where: { id, version: meta.baseVersion, deletedAt: null },
        data: { ...personColumns(data), version: { increment: 1 } },
      }),
      ...faultOps(db),
      ...(await personChildOps(db, id, data)),
      db.revision.create({
        data: revisionData(actor, "person", id, action, { before, after: { id, ...data }, reason: meta.reason }),
      }),
    ],
  });
}
