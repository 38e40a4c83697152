import type { RoundLevel } from "../vocab/vocab";
import { isoDay } from "./calendar";
import type { Context, SentenceInfo } from "./context";
import type { DateMention } from "./dates";
import { ORDINAL_DIGITS, ORDINAL_WORDS } from "./numbers";
import { explicitPair, pairOfSentence } from "./round-parties";

/**
 * Meetings between two sides told without a round number: who meets (the economies and the
 * people of the sentence), when (the date tied to the meeting word, or for a meeting told in the
 * past without one, the day the story is about) and at what level (who sits at the table).
 */
const TRIGGER = /\b(?:round|dialogue|returned|met|meet|meets|meeting|meetings|talks|negotiations|discussions|consultations|summit|visit|visited|visiting|trip)\b/gi;
/** Words that make a meeting an event on its own, even without a date beside it. */
const STRONG = /\b(?:met|meets|is meeting|are meeting|meeting with|'s talks with|(?:started|began|begun|kicked off|opened) (?:a |the )?(?:new |fresh )?(?:round of )?(?:[\w-]+\s+){0,2}?(?:talks|negotiations)|held (?:[\w-]+\s+){0,2}talks|face-to-face|in-person|in person|visit(?:ed)? to|summit with|hosted)\b/i;
/** A phone or video call is a milestone, not a round. */
const CALL = /\b(?:phone|telephone|(?<!-)call(?:ed|s)?|conversation)\b/i;
/** A multilateral gathering is where two sides meet, not their meeting. */
const MULTILATERAL = /\b(?:G-?7|G-?20|APEC|ASEAN|Asean|NATO|BRICS|regional|Cooperation|Forum|multilateral|ministerial council)\b[^.;]{0,25}$/;
/** "talks meant to end the war": a meeting on another subject. */
const OFF_TOPIC = /^[^.;]{0,90}?\b(?:war|ceasefire|peace|Ukraine|Gaza|nuclear|military|hostages?)\b/i;
const NOT_PEOPLE = /^\s+(?:the|its|their|a|an|all)\s+(?:[\w'.-]+\s+){0,3}?(?:rules|conditions|requirements|criteria|targets?|demands?|deadlines?|standards|needs|obligations|terms|expectations)\b/i;
/** One side named, the other implied: "his U.S. counterpart", "the two", "they met". */
const OTHER_SIDE = /\b(?:counterparts?|the two|both|they|their|with (?:him|her|them))\b/i;
const ANAPHOR = /\b(?:the two (?:sides|leaders|presidents|prime ministers|countries|governments|delegations|ministers)|both sides)\b|^(?:The|Those|These) (?:talks|meeting|meetings|negotiations|discussions)\b/i;
const SAID_BEFORE = /\b(?:said|says|told \w+|announced|statement)\s*(?:on\s+)?$/i;
/** A date after "since", "until" or "by" dates something else: a start, a deadline. */
const OTHER_EVENT_BEFORE = /\b(?:since|until|till|by|before|deadline|effect|from)\s+(?:the\s+)?(?:\w+\s+)?$/i;
/** "was met with relief", "held no talks", "months of talks", "potential negotiations": no meeting took place. */
const NOT_EVENT_BEFORE =
  /(?:\b(?:no|not|never|without)\b[^.;,]{0,25}$|\b(?:denied|denies|deny|dismissed)\b[^.;]{0,90}$|\b(?:months|weeks|years|decades|round|rounds) of\s+(?:\S+\s+){0,2}$|\b(?:potential|possible|any|future|further|state)\s+(?:[\w-]+\s+)?$)/i;
const LINKED = /\b(?:slated|scheduled|set|planned|held|due|took place|to be held)\b/i;
/** "the fifth round": a numbered round, read elsewhere. */
const ORDINAL_BEFORE = new RegExp(String.raw`\b(?:${ORDINAL_WORDS}|${ORDINAL_DIGITS})[\s-]+(?:[\w-]+\s+)?$`, "i");
const SCHEDULED = /\b(?:scheduled|slated|set to|due to)\b/i;
/** "After seeing Boric, Jeri will…": a meeting in an opening subordinate clause is background. */
const OPENING_LEAD = /^(?:After|Before|Following|Since|Ahead of|Besides)\b[^,]*,/;
/** "talks with the US": the side named after "with" meets the story's other side. */
const WITH_ONE = /\b(?:talks|negotiations|meeting|meetings|discussions|consultations|met|summit)\s+with\s+(?:the\s+)?$/i;
/** "a group of avocado growers, meeting …": companies lobbying, not a government at the table. */
const BUSINESS_BEFORE = /\b(?:producers|companies|firms|executives|exporters|importers|manufacturers|businesses|business leaders|CEOs|lobby(?:ists)?|industry groups?)\b[^.;]{0,30}$/i;
/** "will fly to Peru": a trip to the other side's country. */
const TRAVEL_TO = /\b(?:travel(?:s|led|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|visit(?:s|ed|ing)?|trip|arrived|went|go(?:es|ing)?)\s+(?:to\s+|in\s+)?(?:the\s+)?$/i;
const AFTER_MEETING = /\b(?:after|following)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}$/i;
const PASSIVE = /\b(?:been|was|were|is|are|be|being)\s+$/i;
/** "a February 10 start date", "Tuesday's deadline", "on Monday said": the date of something else. */
const OTHER_EVENT_AFTER = /^(?:'s)?\s*(?:start date|deadline|,?\s*(?:said|says|hinted|told|announced|warned|threatened|denied|signed|released))\b/i;
const TRADE = /\b(?:trade|tariffs?|deal|negotiat\w*|agreement|duties|levies)\b/i;
/** "left for Lisbon", "to visit Vienna": a destination, not a side at the table. */
const DESTINATION_BEFORE = /\b(?:for|visit|visiting|visited|via|toward|towards)\s+(?:the\s+)?$/i;
/** "Hanoi, Vietnam's capital": a host named for its place. */
const CAPITAL_AFTER = /^'s\s+capital\b/;
const NOW = /\b(?:today|this morning|this afternoon|tonight|is meeting|are meeting|is hosting|are holding)\b/i;

const HEAD_ROLE = /\b(?:president|prime minister|premier|chancellor|king|emperor)\b/i;
const NOT_HEAD = /\b(?:vice|deputy|former|exchequer|bank|reserve|company|board|chief executive|executive vice)\b/i;
const JUNIOR_ROLE = /\b(?:assistant|additional|deputy(?! prime minister| premier)|under ?secretary|undersecretary|director|joint secretary|official)\b/i;
const MINISTER_ROLE = /\b(?:minister|secretary|trade representative|ustr|commissioner|vice premier|vice president|negotiator|chancellor of the exchequer)\b/i;
const LEADERS_AFTER = /^\w+\s+(?:of|between)\s+(?:the\s+)?(?:two\s+)?(?:countries'|nations'|sides')?\s*leaders\b/i;
/** "economy ministers from …", "talks with the Secretary of State": ministers at the table, named or not. */
const MINISTER_WORDS = /\b(?:ministers?|secretary of state|(?:commerce|treasury|trade|business) secretary|trade representative|commissioner|vice premier)\b/i;
const LEADER_WORDS = /\b(?:two leaders|two presidents|two prime ministers|leaders' (?:meeting|summit|talks)|summit (?:with|between)|bilateral summit)\b/i;

export interface MeetingEvent {
  pos: number;
  parties: string[];
  date: DateMention | null;
  /** FORMAT.md `when`, where the meeting has no date of its own but the story's day. */
  when: string | null;
  level: RoundLevel;
}

interface Side {
  code: string;
  role: string | null;
  at: number;
}

function sidesOf(info: SentenceInfo, countryOf: Map<string, string>): Side[] {
  const sides: Side[] = [];
  for (const r of info.refs) {
    const code = countryOf.get(r.person.key) ?? r.person.roleCountry;
    if (code) sides.push({ code, role: r.person.role, at: r.start - info.s.start });
  }
  for (const m of info.mentions) {
    const rel = m.start - info.s.start;
    if (m.place || DESTINATION_BEFORE.test(info.s.f.slice(Math.max(0, rel - 20), rel)) || CAPITAL_AFTER.test(info.s.f.slice(m.end - info.s.start, m.end - info.s.start + 12))) continue;
    sides.push({ code: m.code, role: null, at: m.start - info.s.start });
  }
  return sides;
}

/** Level words that settle it on their own; "officials", "team" or "delegation" only when nothing else does. */
const STRONG_LEVELS: [RoundLevel, RegExp][] = [
  ["technical", /\btechnical[- ](?:talks|rounds?|level|consultations|teams?|negotiations|discussions|meetings?)\b/i],
  ["working", /\b(?:working[- ]level|working group|chief negotiators|officials?[- ]level)\b/i],
  ["ministerial", /\b(?:ministerial|2\+2)\b/i],
];
const WEAK_WORKING = /\b(?:negotiators|delegations?|negotiating teams?|officials|team)\b/i;
const FTA = /\b(?:free trade agreement|free-trade agreement|FTA|CEPA|economic partnership agreement|trade pact negotiations)\b/;

/**
 * Level from who meets: two heads of government make a leaders' meeting, a minister a ministerial
 * one; then level words; a numbered round of a free-trade negotiation is run by negotiators; an
 * article whose two sides are both led by ministers has ministerial rounds.
 */
export function roundLevel(ctx: Context, i: number, pos: number, countryOf: Map<string, string>, numbered: boolean, known?: Side[]): RoundLevel {
  const f = ctx.sentences[i].s.f;
  const sides = known ?? sidesOf(ctx.sentences[i], countryOf);
  // "a summit between the two leaders": the meeting named right after its word.
  if (LEADERS_AFTER.test(f.slice(pos, pos + 60))) return "leaders";
  // "the third round of technical talks": the round's own description comes first.
  for (const [level, re] of STRONG_LEVELS) if (level !== "ministerial" && re.test(f)) return level;
  const heads = new Set(sides.filter((s) => s.role && isHead(s.role)).map((s) => s.code));
  if (heads.size >= 2) return "leaders";
  const roles = sides.map((s) => s.role).filter((r): r is string => !!r && !isHead(r));
  if (roles.some((r) => MINISTER_ROLE.test(r) && !JUNIOR_ROLE.test(r))) return "ministerial";
  if (roles.some((r) => JUNIOR_ROLE.test(r))) return "working";
  if (LEADER_WORDS.test(f)) return "leaders";
  if (MINISTER_WORDS.test(f)) return "ministerial";
  for (const [level, re] of STRONG_LEVELS) if (re.test(f)) return level;
  const story = storyFacts(ctx, countryOf);
  if (numbered && story.fta) return "working";
  if (story.ministers) return "ministerial";
  if (WEAK_WORKING.test(f)) return "working";
  return "unknown";
}

const isHead = (role: string) => HEAD_ROLE.test(role) && !NOT_HEAD.test(role);

interface StoryFacts {
  fta: boolean;
  ministers: boolean;
  /** For each sentence, the last exact day named up to it (no later than publication), or null. */
  lastDay: (number | null)[];
}

/** What the rules read about the whole story, computed once per article. */
const STORY = new WeakMap<Context, StoryFacts>();

function storyFacts(ctx: Context, countryOf: Map<string, string>): StoryFacts {
  let facts = STORY.get(ctx);
  if (!facts) {
    let last: number | null = null;
    const lastDay = ctx.sentences.map((info) => {
      for (const d of info.dates) if (d.precision === "day" && !d.relational && d.to <= ctx.pub && ctx.pub - d.from <= 7) last = d.from;
      return last;
    });
    facts = { fta: FTA.test(ctx.doc.folded), ministers: bothSidesMinisters(ctx, countryOf), lastDay };
    STORY.set(ctx, facts);
  }
  return facts;
}

function bothSidesMinisters(ctx: Context, countryOf: Map<string, string>): boolean {
  const pair = ctx.parties.pair;
  if (!pair) return false;
  const sides = new Set<string>();
  for (const p of ctx.people) {
    const code = countryOf.get(p.key) ?? p.roleCountry;
    if (code && MINISTER_ROLE.test(p.role) && !JUNIOR_ROLE.test(p.role) && !isHead(p.role)) sides.add(code);
  }
  return pair.every((c) => sides.has(c));
}

/** The day-precision date nearest to the meeting word, skipping statement days and other events' dates. */
function dateOf(info: SentenceInfo, at: number, len: number, used: Set<DateMention>, pub: number, clause: [number, number]): DateMention | null {
  const f = info.s.f;
  let best: DateMention | null = null;
  let bestGap = 70;
  for (const d of info.dates) {
    if (used.has(d) || d.precision === "year" || d.to - d.from > 31) continue;
    // "will meet again in April" is an intention; a month dates only a meeting already held.
    if ((d.precision === "month" || d.to - d.from > 7) && d.to > pub && !SCHEDULED.test(f)) continue;
    const rel = d.start - info.s.start;
    if (rel < clause[0] || rel >= clause[1]) continue;
    const lead = f.slice(Math.max(0, rel - 25), rel);
    // "from March 3 to 6" is the span of the meeting; "from Friday" alone is when something starts.
    const span = d.to > d.from && /\bfrom\s+$/i.test(lead);
    if (SAID_BEFORE.test(lead) || (!span && OTHER_EVENT_BEFORE.test(lead)) || /^(?:since|until|till|by|from)\b/i.test(f.slice(rel, rel + 6)) && !(d.to > d.from && /^from\b/i.test(f.slice(rel, rel + 6))) || OTHER_EVENT_AFTER.test(f.slice(d.end - info.s.start, d.end - info.s.start + 20))) continue;
    let gap = rel >= at ? rel - at - len : at - (d.end - info.s.start);
    // "talks between …, slated for Friday": a scheduling verb ties a later date to the meeting.
    // "scheduled to hold talks with … at the end of July" ties it the same way from before the meeting word.
    if (rel > at && (LINKED.test(f.slice(at, rel)) || (SCHEDULED.test(f.slice(Math.max(0, at - 25), at)) && !/[;:—]/.test(f.slice(at, rel))))) gap *= 0.4;
    // "held talks with the Chilean foreign minister … in Lima on Tuesday": one clause, long names.
    else if (rel > at && !/[;:—]|,\s+(?:which|who|where|while|but|and|as)\b/.test(f.slice(at, rel))) gap *= 0.6;
    // "announced the deal on July 3 in Lima after a two-hour meeting": the meeting came just before what it produced.
    else if (rel < at && AFTER_MEETING.test(f.slice(Math.max(0, at - 40), at)) && !/[;:—]/.test(f.slice(rel, at))) gap *= 0.5;
    // A month or a season dates a meeting only when it sits right beside it, or the meeting is scheduled for it.
    if (d.precision === "month" || d.to - d.from > 7) gap = gap * (d.to > pub && SCHEDULED.test(f) ? 1.5 : 2) + 10;
    if (gap < bestGap) {
      best = d;
      bestGap = gap;
    }
  }
  return best;
}

/** The last exact day the story named up to sentence `i`, no later than publication. */
function storyDay(ctx: Context, i: number, countryOf: Map<string, string>): string {
  return isoDay(storyFacts(ctx, countryOf).lastDay[i] ?? ctx.pub);
}

const TRILATERAL = /\b(?:trilateral|three-way|three countries|three nations|three economies)\b/i;

function partiesOf(ctx: Context, i: number, sides: Side[], at: number): string[] | null {
  const info = ctx.sentences[i];
  const f = info.s.f;
  const listed = listOfThree(info);
  if (listed) return listed;
  const named = explicitPair(info);
  if (named) return named;
  if (ANAPHOR.test(f)) return pairOfSentence(ctx, i) ?? null;
  const codes = new Set(sides.map((s) => s.code));
  if (codes.size === 2) return [...codes].sort();
  if (codes.size >= 3) {
    if (codes.size === 3 && TRILATERAL.test(f)) return [...codes].sort();
    // Several economies in one sentence: the two sides named nearest the meeting word meet.
    const byDistance = [...sides].sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at));
    const first = byDistance[0].code;
    const second = byDistance.find((s) => s.code !== first)!.code;
    return [first, second].sort();
  }
  if (codes.size === 1) {
    const [one] = codes;
    // A trip to the other side's seat of government ("flew to Washington", "talks in Ottawa").
    const away = info.mentions.find(
      (m) =>
        (m.place || DESTINATION_BEFORE.test(f.slice(Math.max(0, m.start - info.s.start - 20), m.start - info.s.start))) &&
        m.code !== one &&
        (m.kind === "capital" || m.kind === "institution" || TRAVEL_TO.test(f.slice(Math.max(0, m.start - info.s.start - 30), m.start - info.s.start))) && m.start - info.s.start > at - 60 && m.start - info.s.start < at + 90,
    );
    if (away) return [one, away.code].sort();
    const pair = ctx.parties.pair ? [...ctx.parties.pair].sort() : null;
    const withOne = sides.some((s) => s.code === one && WITH_ONE.test(f.slice(Math.max(0, s.at - 30), s.at)));
    if (pair && pair.includes(one) && (OTHER_SIDE.test(f) || withOne)) return pair;
  }
  return null;
}

/** "ministers of Chile, Peru and Colombia": three economies listed one after another. */
function listOfThree(info: SentenceInfo): string[] | null {
  const ms = info.mentions.filter((m) => !m.place);
  for (let k = 2; k < ms.length; k++) {
    const a = info.s.f.slice(ms[k - 2].end - info.s.start, ms[k - 1].start - info.s.start);
    const b = info.s.f.slice(ms[k - 1].end - info.s.start, ms[k].start - info.s.start);
    const codes = new Set([ms[k - 2].code, ms[k - 1].code, ms[k].code]);
    if (codes.size === 3 && /^,\s*(?:the\s+)?$/.test(a) && /^,?\s+and\s+(?:the\s+)?$/.test(b)) return [...codes].sort();
  }
  return null;
}

/** Every meeting between two sides that sentence `i` tells, at most one per sentence. */
export function meetingsIn(ctx: Context, i: number, countryOf: Map<string, string>, used: Set<DateMention>): MeetingEvent[] {
  const info = ctx.sentences[i];
  const f = info.s.f;
  TRIGGER.lastIndex = 0;
  if (!TRIGGER.test(f)) return [];
  // "After seeing Boric, Jeri will…": the people of an opening subordinate clause meet someone else.
  const opening = OPENING_LEAD.exec(f)?.[0].length ?? 0;
  const allSides = sidesOf(info, countryOf);
  const out: MeetingEvent[] = [];
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(f)) !== null) {
    const at = m.index;
    const word = m[0];
    const after = f.slice(at + word.length, at + word.length + 80);
    const lead = f.slice(Math.max(0, at - 100), at);
    // An opening clause and the main clause tell two meetings: each keeps its own people and dates.
    const inOpening = at < opening;
    const sides = inOpening || !opening ? allSides : allSides.filter((s) => s.at > opening);
    if (BUSINESS_BEFORE.test(lead)) continue;
    if (NOT_PEOPLE.test(after) || OFF_TOPIC.test(after) || NOT_EVENT_BEFORE.test(lead) || (/^met$/i.test(word) && PASSIVE.test(lead)) || (/^round$/i.test(word) && ORDINAL_BEFORE.test(lead))) continue;
    // "the Annual Trade Meeting", "the Pacific Summit": a named gathering, not two sides meeting.
    if (at > 0 && /^\p{Lu}/u.test(word)) continue;
    if (/^summit$/i.test(word) && (MULTILATERAL.test(f.slice(Math.max(0, at - 60), at)))) continue;
    const near = f.slice(Math.max(0, at - 40), at + word.length + 40);
    if (CALL.test(near)) continue;
    const parties = partiesOf(ctx, i, sides, at);
    if (!parties) continue;
    const article = ctx.parties.pair ? [...ctx.parties.pair].sort().join() : "";
    // Another pair's meeting in the story counts only when it is about trade.
    if (parties.join() !== article && !TRADE.test(f) && !TRADE.test(ctx.sentences[i + 1]?.s.f ?? "")) continue;
    const date = dateOf(info, at, word.length, used, ctx.pub, inOpening ? [0, opening] : [opening, f.length]);
    // "relaunched talks in May 2019": a meeting more than a year back is background.
    if (date && ctx.pub - date.to > 365) continue;
    let when: string | null = null;
    // A second meeting in one sentence ("saw him early in the month and went back last week") needs its own date.
    if (out.length && (!date || out.some((e) => e.date === date))) continue;
    if (!date) {
      const window = f.slice(Math.max(0, at - 30), at + word.length + 30);
      if (!STRONG.test(window) || info.dates.some((d) => d.precision !== "year")) continue;
      if (NOW.test(f)) when = isoDay(ctx.pub);
      else if (/\b(?:will|would|to meet|expected|plans?|scheduled|next)\b/i.test(f)) continue;
      else when = storyDay(ctx, i, countryOf);
    }
    // "X met the president early in the month and went back last week": the later trip is the subject's own.
    const subject = allSides.filter((s) => s.role).slice(0, 1);
    const levelSides = out.length ? subject : allSides;
    out.push({ pos: at, parties, date, when, level: roundLevel(ctx, i, at, countryOf, false, levelSides) });
  }
  return out;
}
