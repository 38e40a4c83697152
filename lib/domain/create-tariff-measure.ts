import { tariffMeasureInputSchema, type TariffMeasureInput } from "../validation/tariff-measure";
import { assertCanWrite } from "./actor";
import { assertEconomiesExist } from "./assert-economies";
import { citationRows } from "./citations";
import type { DomainContext } from "./context";
import { DomainError, invalid, parseInput } from "./errors";
import { newId } from "./ids";
import { revisionData } from "./revisions";
import { tariffEvents } from "./timeline-events";

export async function createTariffMeasure(
  { db, actor }: DomainContext,
  input: TariffMeasureInput,
): Promise<{ id: string }> {
  assertCanWrite(actor);
  const data = parseInput(tariffMeasureInputSchema, input);
  await assertEconomiesExist(db, "imposerCode", [data.imposerCode]);
  if (data.targetCode) await assertEconomiesExist(db, "targetCode", [data.targetCode]);
  const economies = await db.economy.findMany({
    where: { code: { in: [data.imposerCode, ...(data.targetCode ? [data.targetCode] : [])] } },
    select: { code: true, name: true },
  });
  if (data.negotiationId && !(await db.negotiation.findUnique({ where: { id: data.negotiationId } }))) {
    throw invalid("negotiationId", "That negotiation does not exist");
  }
  if (data.externalKey && (await db.tariffMeasure.findUnique({ where: { externalKey: data.externalKey } }))) {
    throw new DomainError("conflict", `A tariff measure with key ${data.externalKey} already exists`);
  }
  const { citations, externalKey, ...fields } = data;
  const id = newId();
  await db.$transaction([
    db.tariffMeasure.create({
      data: { id, externalKey: externalKey ?? null, ...fields, citations: { create: citationRows(citations) } },
    }),
    db.timelineEvent.createMany({
      data: tariffEvents({ id, ...fields, names: Object.fromEntries(economies.map((e) => [e.code, e.name])) }),
    }),
    db.revision.create({ data: revisionData(actor, "tariffMeasure", id, "create", { after: { id, ...data } }) }),
  ]);
  return { id };
}
