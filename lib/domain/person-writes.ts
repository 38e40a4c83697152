import type { z } from "zod";
import type { Db, Prisma } from "../db/open";
import { nameKey } from "../format/name-key";
import type { personInputSchema } from "../validation/person";
import { assertEconomiesExist } from "./assert-economies";
import { citationRows } from "./citations";
import { dependentEventOps } from "./dependent-events";
import { invalid } from "./errors";

export type PersonData = z.output<typeof personInputSchema>;

/** The record another person already holds for this folded name and country, if any. */
export function samePerson(db: Db, data: PersonData) {
  return db.person.findUnique({
    where: { nameKey_countryCode: { nameKey: nameKey(data.name), countryCode: data.countryCode } },
    select: { id: true, deletedAt: true },
  });
}

/** The country must be known and no other person may have the same (folded) name and country. */
export async function checkPersonRefs(db: Db, data: PersonData, id?: string): Promise<void> {
  await assertEconomiesExist(db, "countryCode", [data.countryCode]);
  const holder = await samePerson(db, data);
  if (holder && holder.id !== id) {
    throw invalid("name", `${data.name} (${data.countryCode}) is already recorded${holder.deletedAt ? " (deleted: restore that record instead)" : ""}`);
  }
}

export function personColumns(data: PersonData) {
  return { name: data.name, nameKey: nameKey(data.name), countryCode: data.countryCode, title: data.title };
}

/** Citations and the timeline rows of the rounds the person took part in (their search text holds the name). */
export async function personChildOps(db: Db, id: string, data: PersonData): Promise<Prisma.PrismaPromise<unknown>[]> {
  return [
    db.citation.deleteMany({ where: { personId: id } }),
    db.citation.createMany({ data: citationRows(data.citations).map((c) => ({ ...c, personId: id })) }),
    ...(await dependentEventOps(db, { person: { id, name: data.name } })),
  ];
}

export async function personSnapshot(db: Db, id: string) {
  const p = await db.person.findUnique({ where: { id }, include: { citations: true } });
  if (!p) return null;
  return {
    id: p.id,
    version: p.version,
    deletedAt: p.deletedAt,
    name: p.name,
    countryCode: p.countryCode,
    title: p.title,
    citations: p.citations.map(({ articleId, url, quote, startOffset, endOffset }) => ({ articleId, url, quote, startOffset, endOffset })),
  };
}

/** Someone listed in a live round stays: the round's participant list would lose them. */
export async function assertPersonUnused(db: Db, id: string): Promise<void> {
  const rounds = await db.round.count({ where: { deletedAt: null, participants: { some: { personId: id } } } });
  if (rounds) throw invalid("person", `This person takes part in ${rounds} round${rounds === 1 ? "" : "s"}: remove them from those rounds first`);
}
