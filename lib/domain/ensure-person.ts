import { nameKey } from "../format/name-key";
import { personInputSchema, type PersonInput } from "../validation/person";
import { assertCanWrite } from "./actor";
import { assertEconomiesExist } from "./assert-economies";
import { citationRows } from "./citations";
import type { DomainContext } from "./context";
import { parseInput } from "./errors";
import { newId } from "./ids";
import { revisionData } from "./revisions";

/** Finds the person with this (folded) name and country, creating the record if there is none. */
export async function ensurePerson(
  { db, actor }: DomainContext,
  input: PersonInput,
): Promise<{ id: string; created: boolean }> {
  assertCanWrite(actor);
  const data = parseInput(personInputSchema, input);
  const key = nameKey(data.name);
  const existing = await db.person.findUnique({
    where: { nameKey_countryCode: { nameKey: key, countryCode: data.countryCode } },
    select: { id: true },
  });
  if (existing) return { id: existing.id, created: false };
  await assertEconomiesExist(db, "countryCode", [data.countryCode]);
  const id = newId();
  await db.$transaction([
    db.person.create({
      data: {
        id,
        name: data.name,
        nameKey: key,
        countryCode: data.countryCode,
        title: data.title,
        citations: { create: citationRows(data.citations) },
      },
    }),
    db.revision.create({ data: revisionData(actor, "person", id, "create", { after: { id, ...data } }) }),
  ]);
  return { id, created: true };
}
