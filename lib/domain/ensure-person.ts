import { personInputSchema, type PersonInput } from "../validation/person";
import { assertCanWrite, type Actor } from "./actor";
import type { DomainContext } from "./context";
import { parseInput } from "./errors";
import { faultOps } from "./fault-injection";
import { newId } from "./ids";
import { checkPersonRefs, personChildOps, personColumns, samePerson, type PersonData } from "./person-writes";
import { revisionData } from "./revisions";

async function insertPerson(db: DomainContext["db"], actor: Actor, data: PersonData): Promise<string> {
  await checkPersonRefs(db, data);
  const id = newId();
  await db.$transaction([
    db.person.create({ data: { id, ...personColumns(data) } }),
    ...faultOps(db),
    ...(await personChildOps(db, id, data)),
    db.revision.create({ data: revisionData(actor, "person", id, "create", { after: { id, ...data } }) }),
  ]);
  return id;
}

/** A new person from the editor's form: a second record for the same name and country is refused. */
export async function createPerson({ db, actor }: DomainContext, input: PersonInput): Promise<{ id: string }> {
  assertCanWrite(actor);
  return { id: await insertPerson(db, actor, parseInput(personInputSchema, input)) };
}

/** Finds the person with this (folded) name and country, creating the record if there is none. */
export async function ensurePerson({ db, actor }: DomainContext, input: PersonInput): Promise<{ id: string; created: boolean }> {
  assertCanWrite(actor);
  const data = parseInput(personInputSchema, input);
  const existing = await samePerson(db, data);
  if (existing) return { id: existing.id, created: false };
  return { id: await insertPerson(db, actor, data), created: true };
}
