import "server-only";
import { toLayerInput } from "./tariff-levels";
import type { Db } from "../db/open";
import { stepOn } from "../tariffs/level-series";
import { appliesTo } from "../tariffs/timing";
import type { PendingLevel, StepLayer, TariffLayerInput } from "../tariffs/types";
import { ALL_PARTNERS, SECTORS, type Sector } from "../vocab/vocab";

/** Which (imposer, target, sector) combinations have measures: the chart's choices and the matrix's axes. */
export interface TargetCoverage {
  /** An economy code, or "*" for the measures that name no partner. */
  code: string;
  name: string;
  measures: number;
  sectors: Sector[];
}

export interface ImposerCoverage {
  code: string;
  name: string;
  /** Most measures first: the default lines of a view are the first few. */
  targets: TargetCoverage[];
  sectors: Sector[];
}

export interface TariffCoverage {
  imposers: ImposerCoverage[];
  /** Every economy's name by code, for labels. */
  names: Record<string, string>;
}

const bySectorOrder = (sectors: Iterable<Sector>) => [...new Set(sectors)].sort((a, b) => SECTORS.indexOf(a) - SECTORS.indexOf(b));

export async function loadTariffCoverage(db: Db): Promise<TariffCoverage> {
  const [groups, economies] = await Promise.all([
    db.tariffMeasure.groupBy({
      by: ["imposerCode", "targetCode", "sector"],
      where: { deletedAt: null },
      _count: { _all: true },
    }),
    db.economy.findMany({ select: { code: true, name: true } }),
  ]);
  const names = Object.fromEntries(economies.map((e) => [e.code, e.name]));
  const imposers = new Map<string, Map<string, TargetCoverage>>();
  for (const g of groups) {
    const targets = imposers.get(g.imposerCode) ?? new Map<string, TargetCoverage>();
    imposers.set(g.imposerCode, targets);
    const code = g.targetCode ?? ALL_PARTNERS;
    const entry = targets.get(code) ?? { code, name: g.targetCode ? (names[code] ?? code) : "All partners", measures: 0, sectors: [] };
    entry.measures += g._count._all;
    entry.sectors = bySectorOrder([...entry.sectors, g.sector as Sector]);
    targets.set(code, entry);
  }
  return {
    names,
    imposers: [...imposers.entries()]
      .map(([code, targets]) => {
        const list = [...targets.values()].sort((a, b) => b.measures - a.measures || a.name.localeCompare(b.name));
        return { code, name: names[code] ?? code, targets: list, sectors: bySectorOrder(list.flatMap((t) => t.sectors)) };
      })
      .sort((a, b) => b.targets.reduce((n, t) => n + t.measures, 0) - a.targets.reduce((n, t) => n + t.measures, 0)),
  };
}

export interface RateMatrixCell {
  sector: Sector;
  /** The duty in force on the day; null when nothing applies yet. */
  rate: number | null;
  layers: StepLayer[];
  /** What is announced or threatened on that day: behind the duty in force, or alone. */
  pending: PendingLevel | null;
}

export interface RateMatrixRow {
  code: string;
  name: string;
  cells: RateMatrixCell[];
}

export interface RateMatrix {
  imposer: string;
  at: string;
  sectors: Sector[];
  rows: RateMatrixRow[];
}

async function loadLayers(db: Db, imposer: string): Promise<TariffLayerInput[]> {
  return (await db.tariffMeasure.findMany({ where: { imposerCode: imposer, deletedAt: null } })).map(toLayerInput);
}

/**
 * The level in force at `at` for every economy the imposer has measures on (and "all partners")
 * × every sector it has measures for, stacked by the engine's own rule (lib/tariffs).
 */
export async function loadRateMatrix(db: Db, coverage: ImposerCoverage | undefined, at: string): Promise<RateMatrix | null> {
  if (!coverage) return null;
  const layers = await loadLayers(db, coverage.code);
  const rows = coverage.targets
    .map((target) => ({
      code: target.code,
      name: target.name,
      cells: coverage.sectors.map((sector): RateMatrixCell => {
        const scoped = layers.filter((m) => appliesTo(m, { imposer: coverage.code, target: target.code, sector }));
        const step = stepOn(scoped, at);
        if (!step) return { sector, rate: null, layers: [], pending: null };
        if (step.status === "announced") return { sector, rate: null, layers: [], pending: { rate: step.rate, layers: step.layers } };
        return { sector, rate: step.rate, layers: step.layers, pending: step.pending ?? null };
      }),
    }))
    // "All partners" first, then economies by name: a matrix is read by looking a row up.
    .sort((a, b) => Number(b.code === ALL_PARTNERS) - Number(a.code === ALL_PARTNERS) || a.name.localeCompare(b.name));
  return { imposer: coverage.code, at, sectors: coverage.sectors, rows };
}
