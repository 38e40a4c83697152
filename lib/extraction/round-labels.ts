import type { RoundLevel, RoundStatus } from "../vocab/vocab";
import type { Day } from "./calendar";
import type { DateMention } from "./dates";
import { ALIASES, VENUES } from "./gazetteer";
import { tenseAt } from "./tense";

/** Level, status and place of a round from the words of its sentence. */
const LEVELS: [RoundLevel, RegExp][] = [
  ["technical", /\btechnical[- ](?:talks|rounds?|level|consultations|teams?|negotiations|discussions|meetings?)\b/gi],
  ["working", /\b(?:working[- ]level|working group|negotiators|chief negotiators?|delegation|negotiating team|officials|team)\b/gi],
  ["leaders", /\b(?:leaders|summit|heads of state)\b/gi],
  ["ministerial", /\b(?:ministerial|ministers?|secretar(?:y|ies)|vice premier|commissioner|2\+2)\b/gi],
];

/** The level word nearest to `pos` within the sentence, or null. */
export function levelNear(f: string, pos: number): RoundLevel | null {
  let best: RoundLevel | null = null;
  let bestGap = Infinity;
  for (const [level, g] of LEVELS) {
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(f)) !== null) {
      const gap = Math.abs(m.index - pos);
      if (gap < bestGap) {
        best = level;
        bestGap = gap;
      }
    }
  }
  return best;
}

const ON_THE_WAY = /\b(?:is|are)\s+(?:jetting|flying|heading|travell?ing|en route|on (?:his|her|their) way)\b/i;
const FUTURE_AFTER = /^[^.;]{0,70}?\b(?:(?:is|are)\s+(?:likely|expected|set|scheduled|due|slated|planned)\s+to|will\s+(?:be held|take place|happen|start|begin))\b/i;

export function roundStatus(f: string, pos: number, when: DateMention | null, pub: Day): RoundStatus {
  if (/\b(?:cancel+ed|scrapped|called off for good)\b/i.test(f)) return "cancelled";
  if (/\b(?:postpon\w+|put off|called off|delayed|rescheduled|no longer|would have been|pushed back)\b/i.test(f)) return "postponed";
  if (when && when.from > pub) return "planned";
  // "is flying to Washington today for talks": on the way to a meeting not yet held.
  if ((!when || when.to >= pub) && ON_THE_WAY.test(f)) return "planned";
  // "A seventh round … is likely to take place within weeks".
  if (!when && FUTURE_AFTER.test(f.slice(pos, pos + 90))) return "planned";
  if (when && when.to < pub) return "held";
  return tenseAt(f, pos) === "future" || /\b(?:will|to resume|to meet|is to|are to|next)\b/i.test(f.slice(Math.max(0, pos - 80), pos + 40)) ? "planned" : "held";
}

/** Places talks are held at beyond the gazetteer's cities: the seats and summit towns news names. */
const MORE_VENUES = ["White House", "Oval Office", "Johannesburg", "Cape Town", "Lancaster House", "Kananaskis", "Seoul"];
const VENUE_NAMES = [...new Set([...VENUES, ...MORE_VENUES])].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
const VENUE_RE = new RegExp(`\\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]or|city of|visit(?:ed|ing|s)?)\\s+(?:the\\s+)?(${VENUE_NAMES.join("|")})\\b`, "g");
/** "the Malaysian capital": the capital of the economy the adjective names. */
const CAPITAL_OF = new Map<string, string>();
for (const [alias, info] of ALIASES) if (info.kind === "capital" && !CAPITAL_OF.has(info.code)) CAPITAL_OF.set(info.code, alias);
const DEMONYM_CAPITAL = /\bthe\s+([A-Z][A-Za-z.]+)\s+capital\b/g;

/** The meeting place named nearest to `pos` ("in Washington", "travel to New Delhi", "the Malaysian capital"). */
export function venueNear(f: string, pos: number, text: string, base: number): string | null {
  let best: string | null = null;
  let bestGap = Infinity;
  VENUE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VENUE_RE.exec(f)) !== null) {
    const at = m.index + m[0].length - m[1].length;
    const gap = Math.abs(at - pos);
    if (gap < bestGap) {
      bestGap = gap;
      best = text.slice(base + at, base + at + m[1].length);
    }
  }
  DEMONYM_CAPITAL.lastIndex = 0;
  while ((m = DEMONYM_CAPITAL.exec(f)) !== null) {
    const info = ALIASES.get(m[1]);
    const capital = info && info.kind !== "capital" && info.kind !== "institution" ? CAPITAL_OF.get(info.code) : undefined;
    if (capital && Math.abs(m.index - pos) < bestGap) {
      bestGap = Math.abs(m.index - pos);
      best = capital;
    }
  }
  if (!best) {
    // "on the sidelines of a forum in Peru": a country when no city is named.
    COUNTRY_RE.lastIndex = 0;
    while ((m = COUNTRY_RE.exec(f)) !== null) {
      const at = m.index + m[0].length - m[1].length;
      if (Math.abs(at - pos) < Math.min(bestGap, 80)) {
        bestGap = Math.abs(at - pos);
        best = text.slice(base + at, base + at + m[1].length);
      }
    }
  }
  return best === "Oval Office" ? "White House" : best;
}

const COUNTRY_NAMES = [...ALIASES].filter(([alias, info]) => info.kind === "name" && info.code && alias.length > 3).map(([alias]) => alias).sort((a, b) => b.length - a.length);
const COUNTRY_RE = new RegExp(`\\b(?:[Ii]n|visit(?:ed|ing|s)?)\\s+(?:the\\s+)?(${COUNTRY_NAMES.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b(?!['’]s|-)`, "g");

/** "Lima, 3 March 2026 (ANP) -", "AREQUIPA, Mar 3 (ANP)", "QUITO —": where the story was filed. */
const DATELINE_CITY =
  /^(?:date \d{4}-\d{2}-\d{2}\s+)?([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,2}),?\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b[^()]{0,20}\((?:[^)]{1,30})\)|^(?:date \d{4}-\d{2}-\d{2}\s+)?([A-Z]{3,}(?:[ -][A-Z]{2,}){0,2})\s*(?:—|–|--|:)\s/;

export function datelineCity(firstLine: string): string | null {
  const m = DATELINE_CITY.exec(firstLine);
  if (!m) return null;
  const city = m[1] ?? m[2];
  if (!city || ALIASES.get(city)?.kind === "name") return null;
  return city === city.toUpperCase() ? city.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase()) : city;
}
