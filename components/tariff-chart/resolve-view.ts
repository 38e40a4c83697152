import type { inferParserType } from "nuqs/server";
import type { TariffLevelsParams } from "@/lib/query/tariff-levels";
import type { ImposerCoverage, TariffCoverage } from "@/lib/queries/rate-matrix";
import { MAX_LEVEL_SERIES } from "@/lib/validation/tariff-levels-query";
import { PALETTE_SIZE } from "./palette";
import type { SeriesMode } from "./series-model";
import type { ChartView, MilestoneMode, tariffSearchParams } from "./url-state";

export type TariffUrlState = inferParserType<typeof tariffSearchParams>;

export interface ResolvedView {
  view: ChartView;
  params: TariffLevelsParams;
  mode: SeriesMode;
  hidden: string[];
  marks: MilestoneMode;
  /** The matrix's day. */
  at: string;
  /** The URL's dates were the wrong way round and have been swapped. */
  swapped: boolean;
}

/** A first view shows the six economies with the most measures: enough to compare, few enough to read. */
const DEFAULT_LINES = 6;

export function defaultTargets(coverage: ImposerCoverage | undefined): string[] {
  return (coverage?.targets ?? []).filter((t) => t.code !== "*").slice(0, DEFAULT_LINES).map((t) => t.code);
}

/** The sectors worth a line for one economy: its own measures' sectors and the all-partners ones. */
export function sectorsFor(coverage: ImposerCoverage | undefined, target: string | undefined) {
  const own = coverage?.targets.find((t) => t.code === target)?.sectors ?? [];
  const everyone = coverage?.targets.find((t) => t.code === "*")?.sectors ?? [];
  return (coverage?.sectors ?? []).filter((s) => own.includes(s) || everyone.includes(s));
}

/**
 * Turns the URL (where absent means "default") into the engine's query. Shared by the server page
 * (its first data) and the client (its query key), so both ask for exactly the same thing.
 */
export function resolveView(state: TariffUrlState, coverage: TariffCoverage, today: string): ResolvedView {
  const imposer = coverage.imposers.find((c) => c.code === state.imposer);
  const to = state.to ?? today;
  const swapped = state.from > to;
  const [from, end] = swapped ? [to, state.from] : [state.from, to];
  let targets: string[];
  let sectors: TariffLevelsParams["sectors"];
  if (state.view === "country") {
    targets = (state.target ?? defaultTargets(imposer)).slice(0, MAX_LEVEL_SERIES);
    sectors = [state.sector?.[0] ?? "all"];
  } else {
    const target = state.target?.[0] ?? defaultTargets(imposer)[0];
    targets = target ? [target] : [];
    const available = sectorsFor(imposer, target);
    sectors = (state.sector ?? (available.length ? available.slice(0, PALETTE_SIZE) : ["all"])).slice(0, MAX_LEVEL_SERIES);
  }
  return {
    view: state.view,
    params: { imposer: state.imposer, targets, sectors, from, to: end },
    mode: state.view === "country" ? "target" : "sector",
    hidden: state.hide ?? [],
    marks: state.marks,
    at: state.at ?? today,
    swapped,
  };
}
