import type { Sector, TariffKind, TariffStacking, TariffStatus } from "../vocab/vocab";

/** A measure as the tariff-level engine sees it: plain data, no database types. */
export interface TariffLayerInput {
  id: string;
  imposerCode: string;
  targetCode: string | null; // null: all trading partners
  sector: Sector;
  rate: number;
  kind: TariffKind;
  status: TariffStatus;
  stacking: TariffStacking;
  announcedOn: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null; // exclusive
}

/** Whether a step's level applies at that date, or is only announced/threatened for later. */
export type StepStatus = "in-effect" | "announced";

/** A measure counted in a step; `status` is its state on that step ("in-effect", or threatened/announced/agreed while pending). */
export interface StepLayer {
  measureId: string;
  kind: TariffKind;
  rate: number;
  status: TariffStatus;
}

/** The level that would apply once the announced or threatened measures pending on a step took effect. */
export interface PendingLevel {
  rate: number;
  layers: StepLayer[];
}

/**
 * One step of a series: the level holds from `date` until the next point's date. With status
 * "in-effect" the rate is the duty in force; with "announced" nothing applies yet and the rate is
 * the announced level. `pending` (in-effect steps only) is the announced level waiting behind it.
 */
export interface TariffLevelPoint {
  date: string;
  rate: number;
  status: StepStatus;
  layers: StepLayer[];
  pending?: PendingLevel;
}

export interface TariffLevelSeries {
  imposer: string;
  target: string;
  sector: Sector;
  points: TariffLevelPoint[];
}

export interface TariffLevelsResponse {
  series: TariffLevelSeries[];
}
