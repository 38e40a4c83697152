import { createParser, createSerializer, parseAsArrayOf, parseAsStringLiteral } from "nuqs/server";
import { economyCodeSchema, isoDateSchema } from "@/lib/validation/common";
import { DEFAULT_LEVELS_FROM } from "@/lib/validation/tariff-levels-query";
import { ALL_PARTNERS, SECTORS } from "@/lib/vocab/vocab";

/**
 * The tariff view's URL state, shared by the page's server cache and the client hooks so both read
 * the same URL the same way. Keys match the JSON API's (`target`, `sector`, `from`, `to`), so a view's
 * URL and its data URL look alike. Absent lists and dates mean "the default for this data", resolved
 * in resolve-view.ts, because those defaults depend on the recorded measures and on today's date.
 * (Plain module, no "use client": nuqs/server's parsers are safe on both sides.)
 */

const isoDay = createParser({
  parse: (value: string) => (isoDateSchema.safeParse(value).success ? value : null),
  serialize: (value: string) => value,
});

const parseCode = (value: string) => {
  const parsed = economyCodeSchema.safeParse(value.toUpperCase());
  return parsed.success ? parsed.data : null;
};

const imposerCode = createParser({ parse: parseCode, serialize: (value: string) => value });

// A target may also be "*", the engine's "all partners" series: the measures that name no partner.
const targetCode = createParser({
  parse: (value: string) => (value === ALL_PARTNERS ? value : parseCode(value)),
  serialize: (value: string) => value,
});

const seriesKey = createParser({
  // Legend keys are economy codes or sector slugs (or "JPN:autos" in a mixed view): short and tame.
  parse: (value: string) => (/^[A-Za-z0-9:*-]{1,40}$/.test(value) ? value : null),
  serialize: (value: string) => value,
});

export const CHART_VIEWS = ["country", "sector"] as const;
export type ChartView = (typeof CHART_VIEWS)[number];

/** Which milestones become reference lines: the talks of the charted parties, those plus worldwide ones, or none. */
export const MILESTONE_MODES = ["talks", "all", "none"] as const;
export type MilestoneMode = (typeof MILESTONE_MODES)[number];

export const DEFAULT_IMPOSER = "USA";
export const DEFAULT_FROM = DEFAULT_LEVELS_FROM;

export const tariffSearchParams = {
  view: parseAsStringLiteral(CHART_VIEWS).withDefault("country"),
  // The imposer and the matrix date decide server-loaded data (the matrix), so they refresh the page.
  imposer: imposerCode.withDefault(DEFAULT_IMPOSER).withOptions({ shallow: false }),
  target: parseAsArrayOf(targetCode),
  sector: parseAsArrayOf(parseAsStringLiteral(SECTORS)),
  from: isoDay.withDefault(DEFAULT_FROM),
  to: isoDay,
  hide: parseAsArrayOf(seriesKey),
  marks: parseAsStringLiteral(MILESTONE_MODES).withDefault("talks"),
  at: isoDay.withOptions({ shallow: false }),
};

/** Builds /tariffs links (matrix cells, "open in the tariff view" from an embedded chart). */
export const serializeTariffUrl = createSerializer(tariffSearchParams);
