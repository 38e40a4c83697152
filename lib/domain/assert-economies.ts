import type { Db } from "../db/open";
import { invalid } from "./errors";

/** Fails with a field error naming the first code that is not a known economy. */
export async function assertEconomiesExist(db: Db, field: string, codes: string[]): Promise<void> {
  const unique = [...new Set(codes)];
  const found = await db.economy.findMany({ where: { code: { in: unique } }, select: { code: true } });
  const known = new Set(found.map((e) => e.code));
  const unknown = unique.find((code) => !known.has(code));
  if (unknown) throw invalid(field, `Unknown economy code ${unknown}`);
}
