import "server-only";
import type { Db } from "../db/open";

export async function getTariffMeasure(db: Db, id: string) {
  return db.tariffMeasure.findFirst({
    where: { id, deletedAt: null },
    include: { imposer: true, target: true, negotiation: true, citations: true },
  });
}
export type TariffMeasureDetail = NonNullable<Awaited<ReturnType<typeof getTariffMeasure>>>;
