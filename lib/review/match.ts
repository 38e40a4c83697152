import type { ExtractedMilestone, ExtractedParticipant, ExtractedRound, ExtractedTariff } from "../extraction/schema";
import { formatFuzzyDate } from "../format/date";
import { nameKey } from "../format/name-key";
import { formatRate, ordinal } from "../format/rate";
import { MILESTONE_KIND_LABELS, ROUND_LEVEL_LABELS, SECTOR_LABELS, TARIFF_KIND_LABELS, TARIFF_STATUS_LABELS } from "../vocab/labels";
import type { MilestoneKind, RoundLevel, Sector, TariffKind, TariffStatus } from "../vocab/vocab";
import type { ReviewFact } from "./facts";
import { overlaps, recordInterval, whenInterval, whenToFuzzyDate, type DayInterval } from "./when";

/**
 * Extracted facts against the records already stored. Pure: the records come in as a MatchWorld
 * (loaded by match-world.ts on the server, passed to the review page so the browser can re-run the
 * match while an editor edits a fact); the use case re-runs it on fresh data before writing.
 */

export interface WorldNegotiation {
  id: string;
  slug: string;
  title: string;
  parties: string[];
}
export interface WorldRound {
  id: string;
  negotiationId: string;
  number: number | null;
  level: string;
  status: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string;
  location: string | null;
  numberings: { number: number; source: string }[];
  participantIds: string[];
}
export interface WorldTariff {
  id: string;
  imposerCode: string;
  targetCode: string | null;
  sector: string;
  rate: number;
  kind: string;
  status: string;
  announcedOn: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}
export interface WorldMilestone {
  id: string;
  kind: string;
  title: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string;
  negotiationId: string | null;
}
export interface WorldPerson {
  id: string;
  name: string;
  nameKey: string;
  countryCode: string;
}
export interface MatchWorld {
  negotiations: WorldNegotiation[];
  rounds: WorldRound[];
  tariffs: WorldTariff[];
  milestones: WorldMilestone[];
  people: WorldPerson[];
}

export interface ArticleSource {
  publisher: string | null;
  title: string | null;
  /** The publication day in the publisher's zone, "YYYY-MM-DD". */
  publishedDate: string | null;
}

/** The name an alternate round count is filed under: the outlet. */
export const numberingSource = (source: ArticleSource) => source.publisher?.trim() || source.title?.trim() || "Unnamed article";

interface Said {
  summary: string;
  notes: string[];
}
export type RoundMatch = Said &
  (
    | { type: "round"; status: "existing"; roundId: string; negotiationId: string; addNumbering: { number: number; source: string } | null }
    | { type: "round"; status: "new"; negotiationId: string }
    | { type: "round"; status: "unmatched" }
  );
export type TariffMatch = Said &
  (
    | { type: "tariff"; status: "recorded"; measureId: string; negotiationId: string | null }
    | { type: "tariff"; status: "disagrees"; measureId: string; storedRate: number; negotiationId: string | null }
    | { type: "tariff"; status: "new"; negotiationId: string | null }
  );
export type MilestoneMatch = Said &
  ({ type: "milestone"; status: "recorded" | "new"; milestoneId: string | null; negotiationId: string | null });
export type ParticipantMatch = Said & {
  type: "participant";
  status: "existing" | "new";
  personId: string | null;
  /** The round fact of this article the person takes part in, if any. */
  roundKey: string | null;
  alreadyInRound: boolean;
};
export type FactMatch = RoundMatch | TariffMatch | MilestoneMatch | ParticipantMatch;

const roundLabel = (r: WorldRound, n: WorldNegotiation | undefined) =>
  `${r.number === null ? "an unnumbered round" : `round ${r.number}`} of ${n?.title ?? "its negotiation"} (${formatFuzzyDate(r)})`;
const whenLabel = (when: string | null) => formatFuzzyDate(whenToFuzzyDate(when));
const sameRate = (a: number, b: number) => Math.abs(a - b) < 1e-9;

function negotiationsFor(world: MatchWorld, parties: string[]): WorldNegotiation[] {
  // An exact set of parties first, then the smallest superset (a bilateral before a plurilateral).
  return world.negotiations
    .filter((n) => parties.every((p) => n.parties.includes(p)))
    .sort((a, b) => a.parties.length - b.parties.length || a.title.localeCompare(b.title));
}

function distance(a: DayInterval, b: DayInterval): number {
  return Math.abs(Date.parse(a.start) - Date.parse(b.start));
}

export function matchRound(f: ExtractedRound, world: MatchWorld, source: ArticleSource): RoundMatch {
  const negotiations = negotiationsFor(world, f.parties);
  if (negotiations.length === 0) {
    return {
      type: "round",
      status: "unmatched",
      summary: `No negotiation between ${f.parties.join(" and ")} is on record: create it first, then review again.`,
      notes: [],
    };
  }
  const byId = new Map(negotiations.map((n) => [n.id, n]));
  const rounds = world.rounds.filter((r) => byId.has(r.negotiationId));
  const when = whenInterval(f.when);
  const numbers = (r: WorldRound) => [r.number, ...r.numberings.map((n) => n.number)];
  const sameNumber = (r: WorldRound) => f.number !== null && numbers(r).includes(f.number);
  let found: WorldRound | undefined;
  if (when) {
    // The meeting is identified by its dates first: outlets disagree on numbers, not on calendars.
    found = rounds
      .filter((r) => {
        const iv = recordInterval(r);
        return iv !== null && overlaps(iv, when);
      })
      .sort((a, b) => Number(sameNumber(b)) - Number(sameNumber(a)) || distance(recordInterval(a)!, when) - distance(recordInterval(b)!, when))[0];
  }
  if (!found && f.number !== null) {
    // By number only where one side has no date to compare.
    found = rounds
      .filter((r) => sameNumber(r) && (!when || !recordInterval(r)))
      .sort((a, b) => Number(b.number === f.number) - Number(a.number === f.number))[0];
  }
  const notes: string[] = [];
  if (!found) {
    const negotiation = negotiations[0];
    const namesake = f.number !== null ? rounds.find((r) => sameNumber(r)) : undefined;
    if (namesake) {
      notes.push(`Round ${f.number} of this negotiation is on record for ${formatFuzzyDate(namesake)}, other dates: outlets may count differently.`);
    }
    return {
      type: "round",
      status: "new",
      negotiationId: negotiation.id,
      summary: `No round of ${negotiation.title} is on record for ${whenLabel(f.when)}: a new round.`,
      notes,
    };
  }
  const negotiation = byId.get(found.negotiationId);
  const label = numberingSource(source);
  let addNumbering: { number: number; source: string } | null = null;
  let summary = `Matches ${roundLabel(found, negotiation)}`;
  if (f.number !== null && f.number !== found.number) {
    const own = found.numberings.find((n) => n.source.toLowerCase() === label.toLowerCase());
    if (!own) {
      addNumbering = { number: f.number, source: label };
      summary += `; this source calls it ${ordinal(f.number)}: add the numbering?`;
    } else if (own.number === f.number) {
      summary += `; ${label} numbers it ${f.number}, already on record.`;
    } else {
      summary += `; ${label} is on record numbering it ${own.number}, the article says ${f.number}.`;
      notes.push(`The stored count of ${label} (${own.number}) is kept; a source gives one numbering per round.`);
    }
  } else {
    summary += ": already recorded.";
  }
  if (f.status !== found.status) notes.push(`Stored as ${found.status}; the article says ${f.status}. The stored status is kept.`);
  if (f.level !== "unknown" && f.level !== found.level) {
    notes.push(`Stored level: ${ROUND_LEVEL_LABELS[found.level as RoundLevel] ?? found.level}; the article suggests ${ROUND_LEVEL_LABELS[f.level]}.`);
  }
  if (f.location && found.location && !found.location.toLowerCase().includes(f.location.toLowerCase())) {
    notes.push(`Stored location: ${found.location}; the article says ${f.location}.`);
  }
  return { type: "round", status: "existing", roundId: found.id, negotiationId: found.negotiationId, addNumbering, summary, notes };
}

const kindLabel = (kind: string) => (TARIFF_KIND_LABELS[kind as TariffKind] ?? kind).toLowerCase();
const statusLabel = (status: string) => (TARIFF_STATUS_LABELS[status as TariffStatus] ?? status).toLowerCase();

/** Where a stored measure stood on `day` by its own dates: its life cycle as the article would have seen it. */
function statusOn(t: WorldTariff, day: string | null): string {
  if (!day) return t.status;
  if (t.effectiveTo && day >= t.effectiveTo) return t.status === "in-effect" ? "removed" : t.status;
  if (t.effectiveFrom && t.effectiveFrom <= day) return "in-effect";
  if (t.effectiveFrom && t.effectiveFrom > day) return t.status === "in-effect" || t.status === "removed" ? "announced" : t.status;
  return t.status;
}

function describeStored(t: WorldTariff, day: string | null): string {
  const then = statusOn(t, day);
  const when = day && then !== t.status ? `${statusLabel(then)} on ${formatFuzzyDate({ dateStart: day, dateEnd: day, datePrecision: "day" })}, now ${statusLabel(t.status)}` : statusLabel(t.status);
  return `${formatRate(t.rate)} ${kindLabel(t.kind)} (${when})`;
}

/** The measure in place on `day`, or announced by then, ranks first among several candidates. */
function inPlaceOn(t: WorldTariff, day: string | null): boolean {
  if (!day) return false;
  return (t.announcedOn ?? t.effectiveFrom ?? "") <= day && (!t.effectiveTo || t.effectiveTo > day || t.status === "paused");
}

export function matchTariff(f: ExtractedTariff, world: MatchWorld, source: ArticleSource): TariffMatch {
  const day = source.publishedDate;
  const same = world.tariffs.filter((t) => t.imposerCode === f.imposer && (t.targetCode ?? "*") === f.target && t.sector === f.sector);
  const rank = (list: WorldTariff[]) =>
    [...list].sort(
      (a, b) =>
        Number(b.kind === f.kind) - Number(a.kind === f.kind) ||
        Number(inPlaceOn(b, day)) - Number(inPlaceOn(a, day)) ||
        (b.announcedOn ?? "").localeCompare(a.announcedOn ?? ""),
    );
  const notes: string[] = [];
  const partners = f.target === "*" ? [f.imposer] : [f.imposer, f.target];
  const negotiation = negotiationsFor(world, partners);
  const negotiationId = f.target !== "*" && negotiation.length > 0 ? negotiation[0].id : null;
  const equal = rank(same.filter((t) => sameRate(t.rate, f.rate)))[0];
  if (equal) {
    if (equal.kind !== f.kind) notes.push(`The article calls it ${kindLabel(f.kind)}; it is stored as ${kindLabel(equal.kind)}.`);
    if (statusOn(equal, day) !== f.status) notes.push(`The article says ${statusLabel(f.status)}; by its stored dates it was ${statusLabel(statusOn(equal, day))} then.`);
    return { type: "tariff", status: "recorded", measureId: equal.id, negotiationId, summary: `Already recorded: ${describeStored(equal, day)}.`, notes };
  }
  // A measure announced after the article cannot be the one it talks about; MFN duties are a different layer.
  const rival = rank(same.filter((t) => (t.kind !== "mfn" || f.kind === "mfn") && (!day || !t.announcedOn || t.announcedOn <= day)))[0];
  if (rival) {
    return {
      type: "tariff",
      status: "disagrees",
      measureId: rival.id,
      storedRate: rival.rate,
      negotiationId,
      summary: `Disagrees with the stored ${describeStored(rival, day)}: keep as an alternate claim with its source?`,
      notes,
    };
  }
  const sector = f.sector === "all" ? "all goods" : SECTOR_LABELS[f.sector as Sector].toLowerCase();
  const from = f.target === "*" ? "all partners" : f.target;
  return {
    type: "tariff",
    status: "new",
    negotiationId,
    summary: `No ${f.imposer} tariff on ${sector} from ${from} is on record: a new measure.`,
    notes,
  };
}

export function matchMilestone(f: ExtractedMilestone, world: MatchWorld, negotiationId: string | null): MilestoneMatch {
  const when = whenInterval(f.when);
  const kind = MILESTONE_KIND_LABELS[f.kind as MilestoneKind].toLowerCase();
  if (when) {
    const found = world.milestones
      .filter((m) => {
        const iv = recordInterval(m);
        // Standalone milestones (a global deadline) or this negotiation's; never another negotiation's.
        return m.kind === f.kind && (m.negotiationId === null || m.negotiationId === negotiationId) && iv !== null && overlaps(iv, when);
      })
      .sort(
        (a, b) =>
          Number(b.negotiationId === negotiationId) - Number(a.negotiationId === negotiationId) ||
          distance(recordInterval(a)!, when) - distance(recordInterval(b)!, when),
      )[0];
    if (found) {
      return { type: "milestone", status: "recorded", milestoneId: found.id, negotiationId, summary: `Already recorded: “${found.title}” (${formatFuzzyDate(found)}).`, notes: [] };
    }
  }
  const notes = when ? [] : ["The article gives no date: edit one in, or the milestone stays off the timeline."];
  return { type: "milestone", status: "new", milestoneId: null, negotiationId, summary: `No ${kind} on record for ${whenLabel(f.when)}: a new milestone.`, notes };
}

const overlapsEvidence = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Which round fact a person takes part in: the one told in the same sentence; else, unless the
 * sentence is another fact's (a summit, a call), the only round whose parties include the person's side.
 */
function roundKeyFor(f: ExtractedParticipant, facts: ReviewFact[]): string | null {
  const rounds = facts.filter((x) => x.type === "round");
  const same = rounds.find((r) => overlapsEvidence(r.values.evidence, f.evidence));
  if (same) return same.key;
  if (facts.some((x) => x.type !== "participant" && overlapsEvidence(x.values.evidence, f.evidence))) return null;
  const sides = rounds.filter((r) => r.type === "round" && r.values.parties.includes(f.country));
  return sides.length === 1 ? sides[0].key : null;
}

export function matchParticipant(f: ExtractedParticipant, world: MatchWorld, facts: ReviewFact[], matches: Record<string, FactMatch>): ParticipantMatch {
  const person = world.people.find((p) => p.nameKey === nameKey(f.name) && p.countryCode === f.country);
  const roundKey = roundKeyFor(f, facts);
  const round = roundKey ? (matches[roundKey] as RoundMatch | undefined) : undefined;
  const stored = round?.status === "existing" ? world.rounds.find((r) => r.id === round.roundId) : undefined;
  const alreadyInRound = Boolean(person && stored?.participantIds.includes(person.id));
  const who = person ? `${person.name} (${f.country}) is on record` : `${f.name} (${f.country}) is not on record yet: a new person`;
  let link = "; not linked to a round of this article.";
  const which = stored?.number != null ? `round ${stored.number}` : "the matched round";
  if (round?.status === "existing") link = alreadyInRound ? `; already a participant of ${which}.` : `; add as a participant of ${which}?`;
  if (round?.status === "new") link = "; add as a participant of the new round?";
  return { type: "participant", status: person ? "existing" : "new", personId: person?.id ?? null, roundKey, alreadyInRound, summary: who + link, notes: [] };
}

/** Every fact's match, keyed by fact key. Rounds first: participants and milestones refer to them. */
export function matchFacts(facts: ReviewFact[], world: MatchWorld, source: ArticleSource): Record<string, FactMatch> {
  const out: Record<string, FactMatch> = {};
  for (const f of facts) if (f.type === "round") out[f.key] = matchRound(f.values, world, source);
  for (const f of facts) if (f.type === "tariff") out[f.key] = matchTariff(f.values, world, source);
  const context = Object.values(out).find(
    (m): m is Extract<FactMatch, { negotiationId: string | null }> => "negotiationId" in m && Boolean(m.negotiationId),
  );
  for (const f of facts) if (f.type === "milestone") out[f.key] = matchMilestone(f.values, world, context?.negotiationId ?? null);
  for (const f of facts) if (f.type === "participant") out[f.key] = matchParticipant(f.values, world, facts, out);
  return out;
}
