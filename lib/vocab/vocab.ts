/**
 * The controlled vocabularies of the tracker, spelled exactly as the extraction format spells them.
 * The database stores these strings in plain text columns; every write passes the zod enums built
 * from these lists, so this file is the only place a new value is introduced.
 */

export const SECTORS = [
  "all",
  "autos",
  "auto-parts",
  "steel",
  "aluminum",
  "copper",
  "lumber",
  "trucks",
  "semiconductors",
  "pharmaceuticals",
  "electronics",
  "aircraft",
  "agriculture",
  "energy",
  "critical-minerals",
  "shipbuilding",
  "textiles",
  "machinery",
  "other",
] as const;
export type Sector = (typeof SECTORS)[number];

export const TARIFF_KINDS = [
  "baseline",
  "country-specific",
  "sectoral",
  "retaliatory",
  "combined",
  "agreed",
  "mfn",
  "other",
] as const;
export type TariffKind = (typeof TARIFF_KINDS)[number];

export const TARIFF_STATUSES = ["threatened", "announced", "in-effect", "paused", "agreed", "removed"] as const;
export type TariffStatus = (typeof TARIFF_STATUSES)[number];

/**
 * How a measure combines with the other layers on the same (imposer, target, sector):
 * - adds: stacks on top of whatever else applies (a baseline, a surcharge);
 * - replaces: displaces the economy-wide layers for its sector but still sits on the MFN duty
 *   (a Section 232 sector duty instead of the reciprocal one);
 * - all-in: the stated rate is the whole duty, MFN included (a deal rate "inclusive of MFN").
 */
export const TARIFF_STACKINGS = ["adds", "replaces", "all-in"] as const;
export type TariffStacking = (typeof TARIFF_STACKINGS)[number];

export const ROUND_LEVELS = ["leaders", "ministerial", "working", "technical", "unknown"] as const;
export type RoundLevel = (typeof ROUND_LEVELS)[number];

export const ROUND_STATUSES = ["planned", "held", "postponed", "cancelled"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const MILESTONE_KINDS = [
  "announcement",
  "deadline",
  "summit",
  "meeting",
  "call",
  "agreement",
  "effective",
  "election",
  "other",
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const NEGOTIATION_STATUSES = ["active", "concluded", "suspended"] as const;
export type NegotiationStatus = (typeof NEGOTIATION_STATUSES)[number];

/**
 * day: the date is known to the day (a range of exact days for a multi-day meeting);
 * week / month: only the week or month is known; interval: the text only bounds the date;
 * unknown: no date is given.
 */
export const DATE_PRECISIONS = ["day", "week", "month", "interval", "unknown"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const ALIAS_KINDS = ["name", "demonym", "capital", "abbreviation"] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

/** "All trading partners" in the extraction format; stored as a null target. */
export const ALL_PARTNERS = "*" as const;
