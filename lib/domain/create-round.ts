import { roundInputSchema, type RoundInput } from "../validation/round";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { DomainError, parseInput } from "./errors";
import { newId } from "./ids";
import { faultOps } from "./fault-injection";
import { revisionData } from "./revisions";
import { checkRoundRefs, roundChildOps, roundColumns } from "./round-writes";

export async function createRound({ db, actor }: DomainContext, input: RoundInput): Promise<{ id: string }> {
  assertCanWrite(actor);
  const data = parseInput(roundInputSchema, input);
  const refs = await checkRoundRefs(db, data);
  if (data.externalKey && (await db.round.findUnique({ where: { externalKey: data.externalKey } }))) {
    throw new DomainError("conflict", `A round with key ${data.externalKey} already exists`);
  }
  const id = newId();
  await db.$transaction([
    db.round.create({ data: { id, externalKey: data.externalKey ?? null, ...roundColumns(data) } }),
    ...faultOps(db),
    ...roundChildOps(db, id, data, refs),
    db.revision.create({ data: revisionData(actor, "round", id, "create", { after: { id, ...data } }) }),
  ]);
  return { id };
}
