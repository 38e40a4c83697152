import { negotiationInputSchema, type NegotiationInput } from "../validation/negotiation";
import { assertCanWrite } from "./actor";
import { assertEconomiesExist } from "./assert-economies";
import { citationRows } from "./citations";
import type { DomainContext } from "./context";
import { invalid, parseInput } from "./errors";
import { newId } from "./ids";
import { revisionData } from "./revisions";

export async function createNegotiation({ db, actor }: DomainContext, input: NegotiationInput): Promise<{ id: string }> {
  assertCanWrite(actor);
  const data = parseInput(negotiationInputSchema, input);
  await assertEconomiesExist(db, "parties", data.parties);
  if (await db.negotiation.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
    throw invalid("slug", `The slug "${data.slug}" is already used by another negotiation`);
  }
  const id = newId();
  await db.$transaction([
    db.negotiation.create({
      data: {
        id,
        slug: data.slug,
        title: data.title,
        status: data.status,
        summary: data.summary,
        parties: { create: data.parties.map((economyCode) => ({ economyCode })) },
        citations: { create: citationRows(data.citations) },
      },
    }),
    db.revision.create({ data: revisionData(actor, "negotiation", id, "create", { after: { id, ...data } }) }),
  ]);
  return { id };
}
