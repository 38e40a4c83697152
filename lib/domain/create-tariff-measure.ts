import { tariffMeasureInputSchema, type TariffMeasureInput } from "../validation/tariff-measure";
import { assertCanWrite } from "./actor";
import type { DomainContext } from "./context";
import { DomainError, parseInput } from "./errors";
import { newId } from "./ids";
import { faultOps } from "./fault-injection";
import { revisionData } from "./revisions";
import { checkTariffRefs, tariffChildOps, tariffColumns } from "./tariff-writes";

export async function createTariffMeasure(
  { db, actor }: DomainContext,
  input: TariffMeasureInput,
): Promise<{ id: string }> {
  assertCanWrite(actor);
  const data = parseInput(tariffMeasureInputSchema, input);
  const names = await checkTariffRefs(db, data);
  if (data.externalKey && (await db.tariffMeasure.findUnique({ where: { externalKey: data.externalKey } }))) {
    throw new DomainError("conflict", `A tariff measure with key ${data.externalKey} already exists`);
  }
  const id = newId();
  await db.$transaction([
    db.tariffMeasure.create({ data: { id, externalKey: data.externalKey ?? null, ...tariffColumns(data) } }),
    ...faultOps(db),
    ...tariffChildOps(db, id, data, names),
    db.revision.create({ data: revisionData(actor, "tariffMeasure", id, "create", { after: { id, ...data } }) }),
  ]);
  return { id };
}
