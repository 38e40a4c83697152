import type { z } from "zod";
import type { Db, Prisma } from "../db/open";
import type { tariffMeasureInputSchema } from "../validation/tariff-measure";
import { assertEconomiesExist } from "./assert-economies";
import { citationRows } from "./citations";
import { invalid } from "./errors";
import { tariffEvents } from "./timeline-events";

export type TariffData = z.output<typeof tariffMeasureInputSchema>;

/** Checks the economies and negotiation a measure names; returns economy display names for its events. */
export async function checkTariffRefs(db: Db, data: TariffData): Promise<Record<string, string>> {
  await assertEconomiesExist(db, "imposerCode", [data.imposerCode]);
  if (data.targetCode) await assertEconomiesExist(db, "targetCode", [data.targetCode]);
  if (data.negotiationId && !(await db.negotiation.findFirst({ where: { id: data.negotiationId, deletedAt: null } }))) {
    throw invalid("negotiationId", "That negotiation does not exist");
  }
  const economies = await db.economy.findMany({
    where: { code: { in: [data.imposerCode, ...(data.targetCode ? [data.targetCode] : [])] } },
    select: { code: true, name: true },
  });
  return Object.fromEntries(economies.map((e) => [e.code, e.name]));
}

export function tariffColumns(data: TariffData) {
  const { citations: _c, externalKey: _k, ...columns } = data;
  return columns;
}

/** Replaces the measure's citations and timeline events. */
export function tariffChildOps(db: Db, id: string, data: TariffData, names: Record<string, string>): Prisma.PrismaPromise<unknown>[] {
  return [
    db.citation.deleteMany({ where: { tariffMeasureId: id } }),
    db.citation.createMany({ data: citationRows(data.citations).map((c) => ({ ...c, tariffMeasureId: id })) }),
    db.timelineEvent.deleteMany({ where: { tariffMeasureId: id } }),
    db.timelineEvent.createMany({ data: tariffEvents({ id, ...tariffColumns(data), names }) }),
  ];
}

export async function tariffSnapshot(db: Db, id: string) {
  const m = await db.tariffMeasure.findUnique({ where: { id }, include: { citations: true } });
  if (!m) return null;
  return {
    id: m.id,
    version: m.version,
    deletedAt: m.deletedAt,
    externalKey: m.externalKey ?? undefined,
    imposerCode: m.imposerCode,
    targetCode: m.targetCode,
    sector: m.sector,
    rate: m.rate,
    kind: m.kind,
    status: m.status,
    stacking: m.stacking,
    legalBasis: m.legalBasis,
    announcedOn: m.announcedOn,
    effectiveFrom: m.effectiveFrom,
    effectiveTo: m.effectiveTo,
    note: m.note,
    negotiationId: m.negotiationId,
    citations: m.citations.map(({ articleId, url, quote, startOffset, endOffset }) => ({ articleId, url, quote, startOffset, endOffset })),
  };
}
