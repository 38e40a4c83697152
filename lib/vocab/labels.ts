import type {
  DatePrecision,
  MilestoneKind,
  NegotiationStatus,
  RoundLevel,
  RoundStatus,
  Sector,
  TariffKind,
  TariffStacking,
  TariffStatus,
} from "./vocab";

/** Display labels, kept beside the vocabularies so a new value cannot ship without one. */
export const SECTOR_LABELS: Record<Sector, string> = {
  all: "All goods",
  autos: "Autos",
  "auto-parts": "Auto parts",
  steel: "Steel",
  aluminum: "Aluminum",
  copper: "Copper",
  lumber: "Lumber",
  trucks: "Trucks",
  semiconductors: "Semiconductors",
  pharmaceuticals: "Pharmaceuticals",
  electronics: "Electronics",
  aircraft: "Aircraft",
  agriculture: "Agriculture",
  energy: "Energy",
  "critical-minerals": "Critical minerals",
  shipbuilding: "Shipbuilding",
  textiles: "Textiles",
  machinery: "Machinery",
  other: "Other goods",
};

export const TARIFF_KIND_LABELS: Record<TariffKind, string> = {
  baseline: "Baseline",
  "country-specific": "Country-specific",
  sectoral: "Sectoral",
  retaliatory: "Retaliatory",
  combined: "Combined",
  agreed: "Agreed",
  mfn: "MFN",
  other: "Other",
};

export const TARIFF_STATUS_LABELS: Record<TariffStatus, string> = {
  threatened: "Threatened",
  announced: "Announced",
  "in-effect": "In effect",
  paused: "Paused",
  agreed: "Agreed",
  removed: "Removed",
};

export const TARIFF_STACKING_LABELS: Record<TariffStacking, string> = {
  adds: "Adds to other layers",
  replaces: "Replaces economy-wide layers",
  "all-in": "All-in rate",
};

export const ROUND_LEVEL_LABELS: Record<RoundLevel, string> = {
  leaders: "Leaders",
  ministerial: "Ministerial",
  working: "Working level",
  technical: "Technical",
  unknown: "Level unknown",
};

export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  planned: "Planned",
  held: "Held",
  postponed: "Postponed",
  cancelled: "Cancelled",
};

export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  announcement: "Announcement",
  deadline: "Deadline",
  summit: "Summit",
  meeting: "Meeting",
  call: "Call",
  agreement: "Agreement",
  effective: "Takes effect",
  election: "Election",
  other: "Other",
};

export const NEGOTIATION_STATUS_LABELS: Record<NegotiationStatus, string> = {
  active: "Active",
  concluded: "Concluded",
  suspended: "Suspended",
};

export const DATE_PRECISION_LABELS: Record<DatePrecision, string> = {
  day: "Exact day",
  week: "Week",
  month: "Month",
  interval: "Between dates",
  unknown: "Unknown",
};
