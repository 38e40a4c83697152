import "server-only";
import { z } from "zod";
import type { Db } from "../db/open";
import { computeLevelSeriesMany } from "../tariffs/level-series";
import type { TariffLayerInput, TariffLevelsResponse } from "../tariffs/types";
import type { TariffLevelsQuery } from "../validation/tariff-levels-query";
import { SECTORS, TARIFF_KINDS, TARIFF_STACKINGS, TARIFF_STATUSES } from "../vocab/vocab";

// Vocabulary columns are plain strings in the database; parsing them here keeps a stray value from
// reaching the engine as a typed one.
const vocabSchema = z.object({
  sector: z.enum(SECTORS),
  kind: z.enum(TARIFF_KINDS),
  status: z.enum(TARIFF_STATUSES),
  stacking: z.enum(TARIFF_STACKINGS),
});

type MeasureRow = Awaited<ReturnType<Db["tariffMeasure"]["findFirstOrThrow"]>>;

/** A stored measure as the engine's plain input. */
export function toLayerInput(row: MeasureRow): TariffLayerInput {
  return {
    id: row.id,
    imposerCode: row.imposerCode,
    targetCode: row.targetCode,
    rate: row.rate,
    announcedOn: row.announcedOn,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    ...vocabSchema.parse(row),
  };
}

/** The effective-level series for each target × sector asked for, from the live (non-deleted) measures. */
export async function loadTariffLevels(
  db: Db,
  query: Pick<TariffLevelsQuery, "target" | "sector" | "from" | "to"> & { imposer?: string },
): Promise<TariffLevelsResponse> {
  const imposer = query.imposer ?? "USA";
  const targets = query.target.filter((t) => t !== "*");
  const rows = await db.tariffMeasure.findMany({
    where: {
      deletedAt: null,
      imposerCode: imposer,
      // Records on all partners apply to every target; the engine narrows further per series.
      OR: [{ targetCode: null }, { targetCode: { in: targets } }],
      sector: { in: [...new Set(["all", ...query.sector])] },
    },
  });
  const measures = rows.map(toLayerInput);
  return {
    series: computeLevelSeriesMany(measures, { imposer, targets: query.target, sectors: query.sector, from: query.from, to: query.to }),
  };
}
