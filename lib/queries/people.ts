import type { Db } from "../db/open";

export interface PersonRow {
  id: string;
  name: string;
  countryCode: string;
  countryName: string;
  title: string | null;
  rounds: number;
}

/** Everyone on record, by name, with how many live rounds they took part in. */
export async function listPeople(db: Db): Promise<PersonRow[]> {
  const people = await db.person.findMany({
    where: { deletedAt: null },
    select: {
      id: true,
      name: true,
      countryCode: true,
      title: true,
      country: { select: { name: true } },
      _count: { select: { participants: { where: { round: { deletedAt: null } } } } },
    },
    orderBy: [{ nameKey: "asc" }, { countryCode: "asc" }],
  });
  return people.map((p) => ({
    id: p.id,
    name: p.name,
    countryCode: p.countryCode,
    countryName: p.country.name,
    title: p.title,
    rounds: p._count.participants,
  }));
}
