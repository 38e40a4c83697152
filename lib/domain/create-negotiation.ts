import { negotiationInputSchema, type NegotiationInput } from "../validation/negotiation";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { parseInput } from "./errors";
import { faultOps } from "./fault-injection";
import { newId } from "./ids";
import { checkNegotiationRefs, negotiationChildOps, negotiationColumns } from "./negotiation-writes";
import { revisionData } from "./revisions";

export async function createNegotiation({ db, actor }: DomainContext, input: NegotiationInput): Promise<{ id: string }> {
  assertCanWrite(actor);
  const data = parseInput(negotiationInputSchema, input);
  await checkNegotiationRefs(db, data);
  const id = newId();
  await db.$transaction([
    db.negotiation.create({ data: { id, ...negotiationColumns(data) } }),
    ...faultOps(db),
    ...(await negotiationChildOps(db, id, data)),
    db.revision.create({ data: revisionData(actor, "negotiation", id, "create", { after: { id, ...data } }) }),
  ]);
  return { id };
}
