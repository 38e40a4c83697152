import "server-only";
import type { Db } from "../db/open";
import { stepOn } from "../tariffs/level-series";
import { appliesTo } from "../tariffs/timing";
import type { Sector } from "../vocab/vocab";
import { toLayerInput } from "./tariff-levels";

export interface TariffStateRow {
  imposer: string;
  target: string;
  sector: Sector;
  before: { rate: number; status: string } | null;
  after: { rate: number; status: string } | null;
}

export interface RoundTariffState {
  beforeDate: string;
  afterDate: string;
  rows: TariffStateRow[];
}

function shiftDay(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The duties the parties applied to each other on the eve of a round and just before the next
 * one (or today): every direction between the parties, for all goods and each sector either side
 * has a measure on.
 */
export async function loadRoundTariffState(
  db: Db,
  round: { dateStart: string | null; dateEnd: string | null; parties: string[]; nextDate: string | null },
  today = new Date().toISOString().slice(0, 10),
): Promise<RoundTariffState | null> {
  if (!round.dateStart || round.parties.length < 2) return null;
  const beforeDate = shiftDay(round.dateStart, -1);
  const afterDate = round.nextDate ? shiftDay(round.nextDate, -1) : today;
  const measures = (
    await db.tariffMeasure.findMany({
      where: { deletedAt: null, imposerCode: { in: round.parties }, OR: [{ targetCode: null }, { targetCode: { in: round.parties } }] },
    })
  ).map(toLayerInput);
  const rows: TariffStateRow[] = [];
  for (const imposer of round.parties) {
    for (const target of round.parties.filter((p) => p !== imposer)) {
      const sectors = new Set<Sector>(["all"]);
      for (const m of measures) if (m.imposerCode === imposer && m.targetCode === target) sectors.add(m.sector);
      for (const sector of sectors) {
        const scoped = measures.filter((m) => appliesTo(m, { imposer, target, sector }));
        const at = (day: string) => {
          const step = stepOn(scoped, day);
          return step ? { rate: step.rate, status: step.status } : null;
        };
        const row = { imposer, target, sector, before: at(beforeDate), after: at(afterDate < beforeDate ? beforeDate : afterDate) };
        if (row.before || row.after) rows.push(row);
      }
    }
  }
  return { beforeDate, afterDate, rows };
}

/** The figure a preview card leads with: what the first party imposes on the other, on all goods. */
export function headlineRate(state: RoundTariffState | null): TariffStateRow | null {
  return state?.rows.find((r) => r.sector === "all" && r.imposer === "USA") ?? state?.rows.find((r) => r.sector === "all") ?? null;
}
