import type { Sector, TariffStatus } from "../vocab/vocab";
import type { TariffLayerInput } from "./types";

/** The (imposer, target, sector) a series is about; target "*" means the all-partners record. */
export interface LevelScope {
  imposer: string;
  target: string;
  sector: Sector;
}

/** A measure applies to a series when it names that target or all partners, and that sector or all goods. */
export function appliesTo(m: TariffLayerInput, scope: LevelScope): boolean {
  if (m.imposerCode !== scope.imposer) return false;
  const targetOk = scope.target === "*" ? m.targetCode === null : m.targetCode === null || m.targetCode === scope.target;
  return targetOk && (m.sector === scope.sector || m.sector === "all");
}

/** effectiveFrom ≤ day < effectiveTo; no start date with status in-effect means since before the record (an MFN duty). */
export function inEffectOn(m: TariffLayerInput, day: string): boolean {
  if (m.effectiveTo !== null && day >= m.effectiveTo) return false;
  return m.effectiveFrom === null ? m.status === "in-effect" : m.effectiveFrom <= day;
}

const sameScope = (a: TariffLayerInput, b: TariffLayerInput) =>
  a.imposerCode === b.imposerCode && a.targetCode === b.targetCode && a.sector === b.sector;

/**
 * A measure that never took effect is overtaken by any later announcement on exactly its scope
 * (the 25% letter rate for Japan by the 15% deal, the 100% threat on China by the Busan truce).
 * A measure with a start date is scheduled, so it stays pending until that date.
 */
function superseded(m: TariffLayerInput, day: string, measures: TariffLayerInput[]): boolean {
  if (m.effectiveFrom !== null || m.announcedOn === null) return false;
  const announced = m.announcedOn;
  return measures.some(
    (n) => n !== m && n.kind !== "mfn" && sameScope(n, m) && n.announcedOn !== null && n.announcedOn > announced && n.announcedOn <= day,
  );
}

/** Announced by `day`, not yet (or never) in effect, not past its own end and not overtaken. */
export function pendingOn(m: TariffLayerInput, day: string, measures: TariffLayerInput[]): boolean {
  if (m.announcedOn === null || m.announcedOn > day || inEffectOn(m, day)) return false;
  if (m.effectiveFrom !== null && day >= m.effectiveFrom) return false;
  if (m.effectiveTo !== null && day >= m.effectiveTo) return false;
  return !superseded(m, day, measures);
}

/** A pending layer's state as shown on a step: its recorded life-cycle word while it still is one. */
export function pendingStatus(status: TariffStatus): TariffStatus {
  return status === "threatened" || status === "agreed" || status === "announced" ? status : "announced";
}
