import { economyInputSchema, type EconomyInput } from "../validation/economy";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { parseInput } from "./errors";
import { revisionData } from "./revisions";

/** Creates an economy, or adds the aliases it lacks; returns whether anything was written. */
export async function upsertEconomy({ db, actor }: DomainContext, input: EconomyInput): Promise<boolean> {
  assertCanWrite(actor);
  const data = parseInput(economyInputSchema, input);
  const existing = await db.economy.findUnique({ where: { code: data.code }, include: { aliases: true } });
  if (!existing) {
    await db.$transaction([
      db.economy.create({
        data: { code: data.code, name: data.name, kind: data.kind, aliases: { create: data.aliases } },
      }),
      db.revision.create({ data: revisionData(actor, "economy", data.code, "create", { after: data }) }),
    ]);
    return true;
  }
  const known = new Set(existing.aliases.map((a) => a.alias));
  const missing = data.aliases.filter((a) => !known.has(a.alias));
  if (missing.length === 0) return false;
  await db.$transaction([
    db.economyAlias.createMany({ data: missing.map((a) => ({ ...a, economyCode: data.code })) }),
    db.revision.create({
      data: revisionData(actor, "economy", data.code, "update", {
        before: { aliases: existing.aliases.map(({ alias, kind }) => ({ alias, kind })) },
        after: { aliases: [...existing.aliases.map(({ alias, kind }) => ({ alias, kind })), ...missing] },
      }),
    }),
  ]);
  return true;
}
