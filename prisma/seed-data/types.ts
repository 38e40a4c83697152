import type {
  AliasKind,
  DatePrecision,
  MilestoneKind,
  NegotiationStatus,
  RoundLevel,
  RoundStatus,
  Sector,
  TariffKind,
  TariffStacking,
  TariffStatus,
} from "../../lib/vocab/vocab";

/**
 * Shapes of the demo records. They are plain data; the seed turns each one into a call to the
 * same domain use cases an editor's form calls, so the zod schemas there stay the authority.
 */

/** ISO YYYY-MM-DD calendar date. */
export type IsoDate = string;

export interface SeedEconomy {
  code: string; // ISO 3166-1 alpha-3, or EUN for the European Union
  name: string;
  kind: "country" | "bloc";
  aliases: { alias: string; kind: AliasKind }[];
}

export interface SeedParticipant {
  name: string;
  country: string; // the side the person speaks for
  role: string; // title at the time of the round
}

export interface SeedNumbering {
  number: number;
  source: string; // outlet(s) that use this count
  sourceUrl?: string;
  note?: string;
}

export interface SeedRound {
  key: string; // stable external key, unique across the seed
  number: number | null;
  level: RoundLevel;
  status: RoundStatus;
  dateStart: IsoDate | null;
  dateEnd: IsoDate | null;
  datePrecision: DatePrecision;
  location: string | null;
  outcome: string | null;
  note?: string;
  participants: SeedParticipant[];
  numberings: SeedNumbering[];
  sources: string[];
}

export interface SeedMilestone {
  key: string;
  date: IsoDate;
  dateEnd?: IsoDate;
  datePrecision: DatePrecision;
  kind: MilestoneKind;
  title: string;
  roundKey?: string; // a round of the same negotiation this milestone belongs to
  sources: string[];
}

export interface SeedTariff {
  key: string;
  imposer: string;
  target: string; // economy code, or "*" for all trading partners
  sector: Sector;
  rate: number;
  kind: TariffKind;
  status: TariffStatus;
  stacking: TariffStacking;
  legalBasis: string | null;
  announcedOn: IsoDate | null;
  effectiveFrom: IsoDate | null;
  effectiveTo: IsoDate | null; // exclusive: first day it no longer applied
  note: string | null;
  sources: string[];
}

export interface SeedNegotiation {
  slug: string;
  title: string;
  status: NegotiationStatus;
  summary: string;
  parties: string[];
  rounds: SeedRound[];
  milestones: SeedMilestone[];
  tariffs: SeedTariff[];
}

/** Measures and milestones that belong to no bilateral negotiation (e.g. tariffs on all partners). */
export interface SeedStandalone {
  milestones: SeedMilestone[];
  tariffs: SeedTariff[];
}
