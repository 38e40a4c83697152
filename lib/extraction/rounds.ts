import type { RoundLevel } from "../vocab/vocab";
import { type Context, type SentenceInfo, evidenceOf } from "./context";
import { pairOfSentence } from "./round-parties";
import { type DateMention, whenOf } from "./dates";
import { CARDINAL_WORDS, ORDINAL_DIGITS, ORDINAL_WORDS, parseCount, parseOrdinal } from "./numbers";
import { tenseAt } from "./tense";
import { meetingsIn, roundLevel } from "./round-events";
import { datelineCity, roundStatus, venueNear } from "./round-labels";
import { isoDay } from "./calendar";
import type { ExtractedRound } from "./schema";

/**
 * Negotiating rounds. Numbered ones come from ordinals ("sixth round", "8th visit", "the third of
 * their kind", "the fifth, held in …"); unnumbered ones from dated meetings between the two sides
 * ("met in Paris on June 4", "meetings in Geneva in May").
 */
const ORD = `(?:${ORDINAL_WORDS}|${ORDINAL_DIGITS})`;
const NUMBERED = new RegExp(
  String.raw`\b(${ORD})(?:[\s-]+(?:[a-z][\w-]*\s+){0,2}?)?\s*(rounds?|sessions?|meetings?|visits?|trips?|talks|negotiations|dialogue)\b|\b(${ORD})\s+of\s+(?:their|its|the)\s+kind\b`,
  "gi",
);
const ELLIPTIC = new RegExp(String.raw`\b(?:the|The)\s+(${ORD})\b,?\s+(?:was\s+|were\s+)?(?:held|took place|which|ran|came)\b`, "g");

export function extractRounds(ctx: Context, countryOf: Map<string, string>): ExtractedRound[] {
  if (!ctx.parties.pair) return [];
  const parties = [...ctx.parties.pair].sort();
  const talksOfRounds = /\bround\b/i.test(ctx.doc.folded);
  const numbered = new Map<number, ExtractedRound>();
  const numberedOthers: ExtractedRound[] = [];
  const used = new Set<DateMention>();
  const levels: RoundLevel[] = [];
  ctx.sentences.forEach((info, i) => {
    const f = info.s.f;
    for (const [n, pos] of ordinalsIn(f, talksOfRounds)) {
      const when = nearestDate(info, pos) ?? followUpDate(ctx, i);
      // A sentence about a numbered round dates that round ("on Sunday and … on Monday … their fourth round").
      // A separate meeting told in the past ("Diên and Greer met in Paris on June 4") stays its own.
      if (when) {
        for (const d of info.dates) {
          const lead = f.slice(Math.max(0, d.start - info.s.start - 30), d.start - info.s.start);
          if (d === when || (Math.abs(d.start - when.start) < 120 && !/\bmet\b[^,;]{0,25}$/.test(lead))) used.add(d);
        }
      }
      const level = roundLevel(ctx, i, pos, countryOf, true);
      if (level !== "unknown") levels.push(level);
      const round: ExtractedRound = {
        parties: pairOfSentence(ctx, i) ?? parties,
        number: n,
        level,
        status: roundStatus(f, pos, when, ctx.pub),
        when: when ? whenOf(when) : null,
        location: venueNear(f, pos, ctx.text, info.s.start),
        evidence: evidenceOf(ctx, info.s),
        confidence: 0.8,
      };
      const known = numbered.get(n);
      if (known && known.parties.join() !== round.parties.join()) {
        // Another pair's round with the same number ("Seoul's third round" in a story on Tokyo's).
        numberedOthers.push(round);
        continue;
      }
      if (!known) numbered.set(n, round);
      else {
        known.when ??= round.when;
        known.location ??= round.location;
      }
    }
  });
  const counted = countedRounds(ctx, parties, numbered, countryOf);
  const fallbackLevel = levels[0] ?? "unknown";
  const rounds = [...numbered.values(), ...numberedOthers].map((r) => (r.level === "unknown" ? { ...r, level: fallbackLevel } : r));
  const owners = rounds.filter((r) => ![...counted].some((c) => c.number === r.number && c.evidence.start === r.evidence.start));
  const all = rounds.concat(unnumbered(ctx, parties, rounds, owners, countryOf, used));
  // A round held in the days before the story, placed nowhere else, is where the story was filed.
  const first = ctx.sentences[0];
  const city = first ? datelineCity(ctx.doc.folded.slice(ctx.doc.folded.lastIndexOf("\n", first.s.start - 1) + 1, first.s.end).trimStart()) : null;
  if (city) {
    for (const r of all) {
      if (r.location || r.status !== "held" || !r.when) continue;
      const [, hi] = range(r.when);
      if (dayNumber(hi) <= dayNumber(isoDay(ctx.pub)) && dayNumber(isoDay(ctx.pub)) - dayNumber(hi) <= 3) r.location = city;
    }
  }
  return all;
}

/** "have now held six rounds of talks": the sixth round was held. */
const COUNTED = new RegExp(String.raw`\b(${CARDINAL_WORDS}|\d{1,2})\s+(?:[\w-]+\s+){0,2}?rounds\b`, "gi");
/** "…with one more round due next month": the round after the last one counted. */
const ANOTHER = /\b(?:another|the next|a new|a further|one more)\s+round\b/i;

/** Adds the rounds known only from a count; a later dated meeting is not taken to be one of them. */
function countedRounds(ctx: Context, parties: string[], numbered: Map<number, ExtractedRound>, countryOf: Map<string, string>): Set<ExtractedRound> {
  const counted = new Set<ExtractedRound>();
  ctx.sentences.forEach((info, i) => {
    const f = info.s.f;
    COUNTED.lastIndex = 0;
    const m = COUNTED.exec(f);
    if (!m) return;
    const n = parseCount(m[1]);
    // "eleven rounds later the process stalled in 2016": a count from years ago is history.
    const history = info.dates.some((d) => ctx.pub - d.to > 365);
    if (!n || n < 2 || n > 30 || history || tenseAt(f, m.index) === "future" || /\b(?:will|would|plan|to hold)\s+(?:\w+\s+)?$/i.test(f.slice(0, m.index))) return;
    const pair = pairOfSentence(ctx, i) ?? parties;
    if (!numbered.has(n)) {
      numbered.set(n, {
        parties: pair,
        number: n,
        level: roundLevel(ctx, i, m.index, countryOf, true),
        status: "held",
        when: null,
        location: venueNear(f, m.index, ctx.text, info.s.start),
        evidence: evidenceOf(ctx, info.s),
        confidence: 0.6,
      });
      counted.add(numbered.get(n)!);
    }
    const later = f.slice(m.index);
    const another = ANOTHER.exec(later);
    if (another && !numbered.has(n + 1)) {
      const pos = m.index + another.index;
      const d = nearestDate(info, pos);
      const when = d && d.start - info.s.start > pos - 10 ? d : null;
      numbered.set(n + 1, {
        parties: pair,
        number: n + 1,
        level: roundLevel(ctx, i, pos, countryOf, true),
        status: roundStatus(f, pos, when, ctx.pub),
        when: when ? whenOf(when) : null,
        location: null,
        evidence: evidenceOf(ctx, info.s),
        confidence: 0.6,
      });
    }
  });
  return counted;
}

function ordinalsIn(f: string, talksOfRounds: boolean): [number, number][] {
  const out: [number, number][] = [];
  NUMBERED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBERED.exec(f)) !== null) {
    const n = parseOrdinal(m[1] ?? m[3]);
    const noun = (m[2] ?? "round").toLowerCase();
    if (!n || n > 30) continue;
    // "the fourth trip in as many weeks" counts trips in a period, not rounds of talks.
    if (!noun.startsWith("round") && /^\s+in as many\b/i.test(f.slice(m.index + m[0].length))) continue;
    if (/s$/.test(noun) && noun !== "talks" && noun !== "negotiations") continue;
    // "their first formal talks … since the truce": a resumption, not round one.
    if (n === 1 && /^[^.;]{0,80}?\bsince\b/i.test(f.slice(m.index + m[0].length))) continue;
    out.push([n, m.index]);
  }
  if (talksOfRounds) {
    ELLIPTIC.lastIndex = 0;
    while ((m = ELLIPTIC.exec(f)) !== null) {
      const n = parseOrdinal(m[1]);
      if (n && !out.some(([k]) => k === n)) out.push([n, m.index]);
    }
  }
  return out;
}

const usableDate = (d: DateMention) => d.precision !== "year" && d.to - d.from <= 31;

/**
 * The date nearest the ordinal, skipping the day a statement was made ("said on Sunday"); a date
 * after the ordinal ("the second round, which took place … from May 19 to 22") weighs nearer.
 */
function nearestDate(info: SentenceInfo, pos: number): DateMention | null {
  let best: DateMention | null = null;
  let bestGap = Infinity;
  for (const d of info.dates) {
    const rel = d.start - info.s.start;
    if (!usableDate(d) || /\b(?:said|says|told \w+)\s*(?:on\s+)?$/i.test(info.s.f.slice(Math.max(0, rel - 20), rel))) continue;
    // "ten days before the March 1 deadline": the date of the deadline, not of the round.
    if (/^(?:'s)?\s*(?:deadline|start date)\b/i.test(info.s.f.slice(d.end - info.s.start, d.end - info.s.start + 15))) continue;
    // "the sixth session … since the levies began in March": the date of what came before.
    if (rel > pos && /\b(?:since|until)\b/i.test(info.s.f.slice(pos, rel + 6))) continue;
    const linked = rel > pos && /\b(?:took place|was held|were held|held|ran|running)\b/i.test(info.s.f.slice(pos, rel));
    const gap = rel > pos ? (rel - pos) * (linked ? 0.2 : 0.6) : pos - rel;
    if (gap < bestGap) {
      best = d;
      bestGap = gap;
    }
  }
  return best;
}

/** "The round ran from Monday to Thursday": the next sentence dates the round it refers back to. */
function followUpDate(ctx: Context, i: number): DateMention | null {
  const next = ctx.sentences[i + 1];
  if (!next || next.s.paragraph !== ctx.sentences[i].s.paragraph) return null;
  if (!/^(?:The|That|This)\s+(?:round|talks|meeting|session|visit|trip)\b|^It\b/.test(next.s.f)) return null;
  return next.dates.find(usableDate) ?? null;
}

/** Dated meetings between two sides that no numbered round already accounts for. */
function unnumbered(ctx: Context, parties: string[], numbered: ExtractedRound[], owners: ExtractedRound[], countryOf: Map<string, string>, used: Set<DateMention>): ExtractedRound[] {
  const out: ExtractedRound[] = [];
  const covered = (when: string, who: string[]) => numbered.find((r) => r.when && r.parties.join() === who.join() && overlaps(r.when, when));
  let lastAt = -2;
  ctx.sentences.forEach((info, i) => {
    const f = info.s.f;
    const venues = venueDates(ctx, info);
    const found = venues.length
      ? venues.map(({ d, venue }) => ({ pos: d.start - info.s.start, parties, date: d, when: whenOf(d), level: roundLevel(ctx, i, d.start - info.s.start, countryOf, false), venue }))
      : meetingsIn(ctx, i, countryOf, used).map((e) => ({ ...e, when: e.date ? whenOf(e.date) : e.when, venue: null as string | null }));
    for (const e of found) {
      if (!e.when) continue;
      let when = e.when;
      const status = roundStatus(f, e.pos, e.date, ctx.pub);
      // "at the end of the month" for a meeting still to come: the days left after publication.
      if (status === "planned" && e.date && e.date.from <= ctx.pub && e.date.to > ctx.pub && e.date.to - e.date.from > 1) when = `${isoDay(ctx.pub + 1)}/${isoDay(e.date.to)}`;
      // "…his eighth trip. He met … on Monday": the numbered round of the sentence before, or the
      // latest numbered round of the same status that has no date yet.
      const prev = ctx.sentences[i - 1];
      const sameSides = (r: ExtractedRound) => r.parties.join() === e.parties.join();
      const owner =
        (prev && prev.s.paragraph === info.s.paragraph ? owners.find((r) => r.evidence.start === prev.s.start && sameSides(r)) : undefined) ??
        owners.filter((r) => r.when === null && r.status === status && sameSides(r)).sort((a, b) => (b.number ?? 0) - (a.number ?? 0))[0];
      // A date weeks away from the round's own is another meeting.
      if (owner && (e.date || !owner.when) && (!owner.when || near(owner.when, when))) {
        owner.when = owner.when ? mergeWhen(owner.when, when) : when;
        owner.location ??= e.venue ?? venueNear(f, e.pos, ctx.text, info.s.start);
        continue;
      }
      // "Their short first session…": an undated meeting right after a dated one retells it.
      const told = !e.date && out.length ? out[out.length - 1] : undefined;
      if (told && lastAt === i - 1 && sameSides(told)) {
        told.location ??= venueNear(f, e.pos, ctx.text, info.s.start);
        continue;
      }
      const cover = covered(when, e.parties);
      if (cover) {
        cover.location ??= e.venue ?? venueNear(f, e.pos, ctx.text, info.s.start);
        continue;
      }
      const round: ExtractedRound = {
        parties: e.parties,
        number: null,
        level: e.level,
        status,
        when,
        location: e.venue ?? venueNear(f, e.pos, ctx.text, info.s.start),
        evidence: evidenceOf(ctx, info.s),
        confidence: 0.55,
      };
      // One meeting told in several sentences is one round: the first telling keeps the evidence,
      // the others fill in what it left open.
      // Two meetings one sentence tells apart ("saw him early in the month and went back last week") stay two.
      const same = out.find((r) => sameSides(r) && sameKind(r.status, status) && r.when && overlaps(r.when, when) && r.evidence.start !== info.s.start);
      if (same) mergeInto(same, round);
      else out.push(round);
      lastAt = i;
    }
  });
  return out;
}

const sameKind = (a: string, b: string) => (a === "planned" || a === "postponed" || a === "cancelled") === (b === "planned" || b === "postponed" || b === "cancelled");

function mergeInto(r: ExtractedRound, o: ExtractedRound) {
  if (r.when && o.when && narrower(o.when, r.when)) r.when = o.when;
  if (r.level === "unknown") r.level = o.level;
  else if (o.level === "leaders") r.level = "leaders";
  r.location ??= o.location;
  if (o.status === "cancelled" || (o.status === "postponed" && r.status !== "cancelled")) r.status = o.status;
}

/** Is `a` inside `b` and shorter? */
function narrower(a: string, b: string): boolean {
  const [a1, a2] = range(a);
  const [b1, b2] = range(b);
  const span = (x: string, y: string) => Date.parse(end(y)) - Date.parse(x.length === 7 ? `${x}-01` : x);
  return a1 >= b1.slice(0, a1.length) && a2.slice(0, b2.length) <= b2 && span(a1, a2) < span(b1, b2);
}

function end(x: string): string {
  if (x.length !== 7) return x;
  const [y, m] = x.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** "meetings in Geneva in May, in London in June": each place with its own date. */
function venueDates(ctx: Context, info: SentenceInfo): { d: DateMention; venue: string | null }[] {
  const out: { d: DateMention; venue: string | null }[] = [];
  for (const d of info.dates) {
    if (!usableDate(d)) continue;
    const lead = info.s.f.slice(Math.max(0, d.start - info.s.start - 30), d.start - info.s.start);
    const m = /\bin\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+$/.exec(lead);
    if (m && venueNear(m[0], 0, m[0], 0)) out.push({ d, venue: ctx.text.slice(d.start - m[0].length + 3, d.start - m[0].length + 3 + m[1].length) });
  }
  return out.length >= 2 ? out : [];
}


function range(when: string): [string, string] {
  const [a, b] = when.split("/");
  return [a, b ?? a];
}

function overlaps(a: string, b: string): boolean {
  const [a1, a2] = range(a);
  const [b1, b2] = range(b);
  return a1.slice(0, b2.length) <= b2 && b1.slice(0, a2.length) <= a2;
}

/** Do two whens overlap or lie within a week of each other? */
function near(a: string, b: string): boolean {
  const [a1, a2] = range(a).map(dayNumber);
  const [b1, b2] = range(b).map(dayNumber);
  return a1 <= b2 + 7 && b1 <= a2 + 7;
}

function dayNumber(x: string): number {
  return Math.floor(Date.parse(x.length === 7 ? `${x}-01` : x.length === 4 ? `${x}-01-01` : x) / 86_400_000);
}

function mergeWhen(a: string, b: string): string {
  const [a1, a2] = range(a);
  const [b1, b2] = range(b);
  const lo = a1 < b1 ? a1 : b1;
  const hi = a2 > b2 ? a2 : b2;
  return lo === hi ? lo : `${lo}/${hi}`;
}
