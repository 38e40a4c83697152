import {
  type Day,
  addMonths,
  dayOf,
  daysInMonth,
  mondayOf,
  monthEnd,
  monthStart,
  weekday,
  ymd,
} from "./calendar";
import type { DateContext, DateMention } from "./dates";
import { parseCount } from "./numbers";
import { type Tense, markedTenseAt, tenseAt } from "./tense";

/**
 * The date patterns of news copy, each behind a cheap gate, with the handler that resolves a
 * match against the publication day. Used by findDates in dates.ts.
 */
const MON = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar\.|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?![\p{L}])`;
const MON_FULL = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])`;
const DAYNAME = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const D = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?![\d:,.]\d)`;
const YEAR = String.raw`(?:,?\s+((?:19|20)\d{2})(?!\d))?`;
const COUNT = String.raw`(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})`;

const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAY_INDEX: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], fall: [9, 11], autumn: [9, 11], winter: [12, 14] };

const monthOf = (word: string) => MONTH_INDEX[word.slice(0, 3).toLowerCase()];

/**
 * The year that puts month/day nearest to the publication day (news rarely looks > 6 months away).
 * A lead-in that only points forward ("by", "until", "before") or back ("since") breaks the tie,
 * unless the clause's own tense says otherwise: "imposed … starting August 1", read in September,
 * is the August just gone, and "escalated in April", read in October, is not next April.
 */
function nearestYear(pub: Day, month: number, day: number | null, leadIn = "", tense: Tense | null = null): number {
  const { year } = ymd(pub);
  const forward = tense !== "past" && /\b(?:by|until|till|before|through|from|starting)\s+(?:the\s+)?$/i.test(leadIn);
  const backward = tense !== "future" && /\bsince\s+(?:the\s+)?$/i.test(leadIn);
  const at = (y: number) => (day ? dayOf(y, month, Math.min(day, daysInMonth(y, month))) : dayOf(y, month, 15));
  let best = year;
  let bestGap = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const d = at(y);
    if ((forward && d < pub - 7) || (backward && d > pub + 7)) continue;
    const gap = Math.abs(d - pub);
    if (gap < bestGap) {
      bestGap = gap;
      best = y;
    }
  }
  // A nearest date two months or more on the wrong side of the clause's tense gives way, unless a
  // preposition points the other way ("was pushed back until August 15", "extended to November 10").
  // An opening "By March 4, the council had …" takes its tense from the verb after it.
  const opens = /^\s*\p{Lu}\p{Ll}+\s+$/u.test(leadIn);
  if (!opens && /\b(?:to|until|till|by|before|through|since|after)\s+(?:the\s+)?$/i.test(leadIn)) return best;
  if (tense === "past" && at(best) > pub + 60 && pub - at(best - 1) < 330) return best - 1;
  if (tense === "future" && at(best) < pub - 60 && at(best + 1) - pub < 330) return best + 1;
  return best;
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const MONTH_GATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const WEEKDAY_GATE = /day\b/i;
const PERIOD_GATE = /\b(?:week|month|year|weekend)/i;
const SEASON_GATE = /\b(?:spring|summer|fall|autumn|winter)\b/i;
const DEIXIS_GATE = /\b(?:today|tonight|yesterday|tomorrow|coming|next|this|last night|within)\b/i;
const ORDINAL_GATE = /\bthe (?:\d{1,2}(?:st|nd|rd|th)|first|last day)\b/i;
const ORDINAL_WORD: Record<string, number> = { first: 1, second: 2, third: 3, fifth: 5, tenth: 10, fifteenth: 15 };
const COUNT_GATE = /\b(?:days?|weeks?)\s+(?:later|earlier|ago|after|before)\b|\b(?:next|following|previous)\s+day\b/i;
const YEAR_GATE = /\b(?:19|20)\d\d\b/;

/** `back`: how many characters before the match the mention starts (a lead-in word read behind it). */
/** "put off from March 3 until April 14": two dates, the old one and the new one, not a span. */
const MOVED_FROM = /\b(?:delay\w*|postpon\w*|push\w*(?: back)?|mov\w*|shift\w*|brought forward|bring\w* forward|extend\w*|reschedul\w*)\s+(?:[\w'-]+\s+){0,3}from\s+$/i;

type Found = Omit<DateMention, "start" | "end"> & { back?: number };
type Handler = (m: RegExpExecArray, f: string, ctx: DateContext, anchor: Day) => Found | null;

function dayRange(year: number, month: number, d1: number, month2: number, d2: number): Omit<DateMention, "start" | "end"> | null {
  const year2 = month2 < month ? year + 1 : year;
  if (!validDay(year, month, d1) || !validDay(year2, month2, d2)) return null;
  const from = dayOf(year, month, d1);
  const to = dayOf(year2, month2, d2);
  return to >= from ? { from, to, precision: to === from ? "day" : "interval" } : null;
}

function qualifiedMonth(q: string, year: number, month: number): Omit<DateMention, "start" | "end"> {
  const last = daysInMonth(year, month);
  const [a, b] = /early|start|beginning/i.test(q) ? [1, 10] : /mid|middle/i.test(q) ? [11, 20] : [21, last];
  return { from: dayOf(year, month, a), to: dayOf(year, month, b), precision: "interval" };
}

function weekdayDay(name: string, qualifier: string | undefined, f: string, pos: number, pub: Day, possessive: boolean): Day {
  const target = WEEKDAY_INDEX[name.toLowerCase()];
  const today = weekday(pub);
  const back = (today - target + 7) % 7;
  const ahead = (target - today + 7) % 7;
  const q = qualifier?.toLowerCase();
  if (q === "last") return pub - (back || 7);
  if (q === "next" || q === "this coming") return pub + (ahead || 7);
  if (back === 0) return pub;
  if (q && /^(?:for|from|until|till|by|before|starting|this|through)$/.test(q)) return pub + ahead;
  if (q === "since") return pub - back;
  let tense = tenseAt(f, pos);
  if (possessive && /^\s*\S+\s+(?:would|will|is|was)\s+(?:to|due|set|have)?/.test(f.slice(pos + name.length + 2, pos + name.length + 40))) tense = "future";
  // "the Friday deadline" looks ahead, unless the clause says it has already come ("was not extended").
  const after = f.slice(pos + name.length, pos + name.length + 60);
  if (/^\s*deadline/.test(after) && !/^\s*deadline\s+(?:\w+\s+){0,2}(?:was|were|had|expired|passed|lapsed)\b/.test(after)) tense = "future";
  return tense === "future" ? pub + ahead : pub - back;
}

export const PATTERNS: [RegExp, RegExp, Handler][] = [
  // 2025-08-07
  [YEAR_GATE, /\b(20\d{2})-(\d{2})-(\d{2})\b/g, (m) => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(y, mo, d) ? { from: dayOf(y, mo, d), to: dayOf(y, mo, d), precision: "day" } : null;
  }],
  // May 30 to June 2
  [MONTH_GATE, new RegExp(String.raw`\b(${MON})\s+${D}\s*(?:-|–|to|through|until)\s*(${MON})\s+${D}${YEAR}`, "gu"), (m, f, ctx) => {
    if (MOVED_FROM.test(f.slice(Math.max(0, m.index - 60), m.index))) return null;
    const mo = monthOf(m[1]);
    const y = m[5] ? Number(m[5]) : nearestYear(ctx.pub, mo, Number(m[2]));
    return dayRange(y, mo, Number(m[2]), monthOf(m[3]), Number(m[4]));
  }],
  // May 19 to 22, August 25-29
  [MONTH_GATE, new RegExp(String.raw`\b(${MON})\s+${D}\s*(?:-|–|to|through|until|and)\s*${D}(?!\s*(?:%|percent|per cent))${YEAR}`, "gu"), (m, f, ctx) => {
    if (MOVED_FROM.test(f.slice(Math.max(0, m.index - 60), m.index))) return null;
    const mo = monthOf(m[1]);
    const y = m[4] ? Number(m[4]) : nearestYear(ctx.pub, mo, Number(m[2]));
    return dayRange(y, mo, Number(m[2]), mo, Number(m[3]));
  }],
  // 3 November 2024 to 9 May 2025, 30 May to 2 June
  [MONTH_GATE, new RegExp(String.raw`\b${D}\s+(${MON})${YEAR}\s*(?:-|–|to|through|until)\s*${D}\s+(${MON})${YEAR}`, "gu"), (m, f, ctx) => {
    if (MOVED_FROM.test(f.slice(Math.max(0, m.index - 60), m.index))) return null;
    const mo = monthOf(m[2]);
    const mo2 = monthOf(m[5]);
    const y = m[3] ? Number(m[3]) : nearestYear(ctx.pub, mo, Number(m[1]));
    const y2 = m[6] ? Number(m[6]) : mo2 < mo ? y + 1 : y;
    if (!validDay(y, mo, Number(m[1])) || !validDay(y2, mo2, Number(m[4]))) return null;
    const from = dayOf(y, mo, Number(m[1]));
    const to = dayOf(y2, mo2, Number(m[4]));
    return to > from ? { from, to, precision: "interval" } : null;
  }],
  // 14-17 July
  [MONTH_GATE, new RegExp(String.raw`\b(\d{1,2})\s*(?:-|–|to|and)\s*${D}\s+(${MON})${YEAR}`, "gu"), (m, _f, ctx) => {
    const mo = monthOf(m[3]);
    const y = m[4] ? Number(m[4]) : nearestYear(ctx.pub, mo, Number(m[1]));
    return dayRange(y, mo, Number(m[1]), mo, Number(m[2]));
  }],
  // Aug. 1, July 23, 2025
  [MONTH_GATE, new RegExp(String.raw`\b(${MON})\s+${D}(?!\d)${YEAR}`, "gu"), (m, f, ctx) => {
    const mo = monthOf(m[1]);
    const d = Number(m[2]);
    const y = m[3] ? Number(m[3]) : nearestYear(ctx.pub, mo, d, f.slice(Math.max(0, m.index - 12), m.index), markedTenseAt(f, m.index));
    return validDay(y, mo, d) ? { from: dayOf(y, mo, d), to: dayOf(y, mo, d), precision: "day" } : null;
  }],
  // 1 August, 9 July 2025, the 1st of August
  [MONTH_GATE, new RegExp(String.raw`\b${D}\s+(?:of\s+)?(${MON})${YEAR}`, "gu"), (m, f, ctx) => {
    const mo = monthOf(m[2]);
    const d = Number(m[1]);
    const y = m[3] ? Number(m[3]) : nearestYear(ctx.pub, mo, d, f.slice(Math.max(0, m.index - 12), m.index), markedTenseAt(f, m.index));
    return validDay(y, mo, d) ? { from: dayOf(y, mo, d), to: dayOf(y, mo, d), precision: "day" } : null;
  }],
  // mid-April, early July, late May 2025, the end of October
  [MONTH_GATE, new RegExp(String.raw`\b(early|mid|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of)[- ]?(?:(?:in|of)\s+)?(${MON_FULL})${YEAR}`, "giu"), (m, f, ctx) => {
    const mo = monthOf(m[2]);
    if (!mo || !/^\p{Lu}/u.test(m[2])) return null;
    const y = m[3] ? Number(m[3]) : nearestYear(ctx.pub, mo, null, f.slice(Math.max(0, m.index - 12), m.index), markedTenseAt(f, m.index));
    return qualifiedMonth(m[1], y, mo);
  }],
  // June 2025
  [MONTH_GATE, new RegExp(String.raw`\b(${MON_FULL}|${MON})\s+((?:19|20)\d{2})\b`, "gu"), (m) => {
    const mo = monthOf(m[1]);
    const y = Number(m[2]);
    return { from: monthStart(y, mo), to: monthEnd(y, mo), precision: "month" };
  }],
  // in April, since March, the May agreement ("May" needs a lead-in word: it is also a verb)
  [MONTH_GATE, new RegExp(String.raw`\b(${MON_FULL})(?!\s+\d)`, "gu"), (m, f, ctx) => {
    // The lead-in may open the sentence: "Since April, …", "In May, …".
    const lead = /\b(in|since|by|until|till|from|during|of|before|after|through|around|the|last|this|next)\s+$/i.exec(f.slice(Math.max(0, m.index - 8), m.index));
    if (m[1] === "May" && !lead) return null;
    const mo = monthOf(m[1]);
    const { year } = ymd(ctx.pub);
    const q = lead?.[1].toLowerCase();
    const y = q === "last" ? (mo >= ymd(ctx.pub).month ? year - 1 : year) : q === "next" ? (mo <= ymd(ctx.pub).month ? year + 1 : year) : nearestYear(ctx.pub, mo, null, q ? `${q} ` : "", markedTenseAt(f, m.index));
    return { from: monthStart(y, mo), to: monthEnd(y, mo), precision: "month", back: lead ? lead[0].length : 0 };
  }],
  // (last|next|this|on|…) Monday('s) (and|to Thursday); the lead-in word is read behind the match.
  [WEEKDAY_GATE, new RegExp(String.raw`\b(${DAYNAME})('s)?(?:\s+(?:and|to|through|or|-|–)\s+(?:on\s+)?(${DAYNAME}))?`, "gu"), (m, f, ctx) => {
    const lead = /\b(last|next|this coming|this|on|since|by|until|till|from|for|before|starting|through|earlier|late|early)\s+$/i.exec(f.slice(Math.max(0, m.index - 14), m.index));
    const q = lead && !/^(?:on|earlier|late|early)$/i.test(lead[1]) ? lead[1] : undefined;
    const range = m[3] && q === "from" ? undefined : q;
    const first = weekdayDay(m[1], range, f, m.index, ctx.pub, Boolean(m[2]));
    const back = lead ? lead[0].length : 0;
    if (!m[3]) return { from: first, to: first, precision: "day", back };
    const gap = (WEEKDAY_INDEX[m[3].toLowerCase()] - weekday(first) + 7) % 7;
    return { from: first, to: first + gap, precision: gap ? "interval" : "day", back };
  }],
  // earlier this week, later this month
  [PERIOD_GATE, /\b(earlier|later)\s+this\s+(week|month|year)\b/gi, (m, _f, ctx) => {
    const [from, to] = periodOf(m[2].toLowerCase(), ctx.pub, 0);
    return m[1].toLowerCase() === "earlier"
      ? from <= ctx.pub - 1 ? { from, to: ctx.pub - 1, precision: "interval" } : null
      : ctx.pub + 1 <= to ? { from: ctx.pub + 1, to, precision: "interval" } : null;
  }],
  // the start / end of the week, of next month
  [PERIOD_GATE, /\b(?:the\s+)?(start|beginning|end|middle)\s+of\s+(the|this|next|last)\s+(week|month|year)\b/gi, (m, _f, ctx) => {
    const shift = /next/i.test(m[2]) ? 1 : /last/i.test(m[2]) ? -1 : 0;
    const [from, to] = periodOf(m[3].toLowerCase(), ctx.pub, shift);
    const q0 = m[1].toLowerCase();
    // The end of a year is its December, its start January: what "by the end of the year" aims at.
    if (m[3].toLowerCase() === "year" && q0 !== "middle") {
      const { year } = ymd(from);
      const mo = q0 === "end" ? 12 : 1;
      return { from: monthStart(year, mo), to: monthEnd(year, mo), precision: "month" };
    }
    const span = to - from + 1;
    const part = Math.max(1, Math.round(span / 3));
    const q = m[1].toLowerCase();
    if (q === "end") return { from: to - part + 1, to, precision: "interval" };
    if (q === "middle") return { from: from + part, to: to - part, precision: "interval" };
    return { from, to: from + part - 1, precision: "interval" };
  }],
  // the end of 2025, end-2025, early 2026
  [YEAR_GATE, /\b(?:(?:the\s+)?(end|start|beginning)\s+of\s+|(end|early|late)[- ])((?:19|20)\d{2})\b(?![-/]\d)/gi, (m) => {
    const y = Number(m[3]);
    const q = (m[1] ?? m[2]).toLowerCase();
    if (q === "end") return { from: monthStart(y, 12), to: monthEnd(y, 12), precision: "month" };
    if (q === "early") return { from: monthStart(y, 1), to: monthEnd(y, 4), precision: "interval" };
    if (q === "late") return { from: monthStart(y, 9), to: monthEnd(y, 12), precision: "interval" };
    return { from: monthStart(y, 1), to: monthEnd(y, 1), precision: "month" };
  }],
  // this week, last month, next year, the past week, the coming weekend
  [PERIOD_GATE, /\b(this|last|next|past|coming)\s+(week|month|year|weekend)\b/gi, (m, f, ctx) => {
    const q = m[1].toLowerCase();
    const unit = m[2].toLowerCase();
    if (unit === "weekend") return weekend(q === "last" || q === "past" ? "past" : q === "this" ? tenseAt(f, m.index) : "future", ctx.pub);
    if (q === "past") return { from: ctx.pub - (unit === "week" ? 7 : unit === "month" ? 30 : 365), to: ctx.pub, precision: "interval" };
    const shift = q === "last" ? -1 : q === "next" ? 1 : 0;
    const [from, to] = periodOf(unit, ctx.pub, q === "coming" ? 1 : shift);
    // "unveiled this month" has already happened: only the days up to the writing are possible.
    if (q === "this" && unit === "month" && from < ctx.pub && markedTenseAt(f, m.index) === "past") return { from, to: ctx.pub, precision: "interval" };
    return { from, to, precision: unit === "month" ? "month" : unit === "year" ? "year" : "interval" };
  }],
  // the weekend, weekend talks
  [PERIOD_GATE, /\b(?:the|over the|at the)\s+weekend\b|\bweekend\s+(?=talks|meetings?|negotiations)/gi, (m, f, ctx) => weekend(tenseAt(f, m.index), ctx.pub)],
  // this summer, by the fall
  [SEASON_GATE, /\b(?:(by|in|since|until|during|over)\s+)?(this|next|last|the)\s+(spring|summer|fall|autumn|winter)\b/gi, (m, f, ctx) => {
    const [a, b] = SEASONS[m[3].toLowerCase()];
    const q = (m[1] && !/^(?:in|during|over)$/i.test(m[1]) ? m[1] : m[2]).toLowerCase();
    const { year: pubYear } = ymd(ctx.pub);
    const span = (y: number): [Day, Day] => {
      const end = addMonths(y, b, 0);
      return [monthStart(y, a), monthEnd(end.year, end.month)];
    };
    // "this"/"next"/"last" name the season outright; "the"/"in" take the clause's tense; "by" looks ahead.
    const dir = q === "by" || q === "until" || q === "next" ? "future" : q === "last" || q === "since" ? "past" : q === "this" ? "this" : tenseAt(f, m.index);
    let y = pubYear;
    if (dir === "future" || dir === "this") while (span(y)[1] < ctx.pub) y++;
    if (q === "next" && span(y)[0] <= ctx.pub) y++;
    if (dir === "past") while (span(y)[0] > ctx.pub) y--;
    if (q === "last" && span(y)[1] >= ctx.pub) y--;
    const [from, to] = span(y);
    return { from, to, precision: "interval" };
  }],
  // today, yesterday, tomorrow, this morning, last night
  [DEIXIS_GATE, /\b(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night)\b/gi, (m, _f, ctx) => {
    const w = m[1].toLowerCase();
    const d = ctx.pub + (w === "yesterday" || w === "last night" ? -1 : w === "tomorrow" ? 1 : 0);
    return { from: d, to: d, precision: "day" };
  }],
  // within 21 days, within the next 24 hours: from the day of writing up to the limit
  [DEIXIS_GATE, new RegExp(String.raw`\bwithin\s+(?:the\s+)?(next\s+)?${COUNT}\s+(hours|days|weeks)\b`, "gi"), (m, f, ctx) => {
    // Counted from the writing only when the clause looks ahead, or says "the next": "agreed in June
    // to aim for a deal within 30 days" counts from June.
    if (!m[1] && tenseAt(f, m.index) !== "future") return null;
    const n = parseCount(m[2]);
    if (n === null) return null;
    const unit = m[3].toLowerCase();
    if (unit === "hours") return { from: ctx.pub, to: ctx.pub + Math.max(1, Math.ceil(n / 24)), precision: "interval" };
    return { from: ctx.pub + 1, to: ctx.pub + n * (unit === "weeks" ? 7 : 1), precision: "interval" };
  }],
  // the first of next month, the 15th of this month, the last day of the month
  [ORDINAL_GATE, /\bthe (first|second|third|fifth|tenth|fifteenth|\d{1,2}(?:st|nd|rd|th)|last day) of (next|this|the coming|last|the) month\b/gi, (m, _f, ctx) => {
    const q = m[2].toLowerCase();
    const { year, month } = ymd(ctx.pub);
    const t = addMonths(year, month, q === "next" || q === "the coming" ? 1 : q === "last" ? -1 : 0);
    const w = m[1].toLowerCase();
    const n = w === "last day" ? daysInMonth(t.year, t.month) : ORDINAL_WORD[w] ?? parseInt(w, 10);
    if (!validDay(t.year, t.month, n)) return null;
    const d = dayOf(t.year, t.month, n);
    return { from: d, to: d, precision: "day" };
  }],
  // on the 26th: wire copy translated from Korean or Japanese names the day of the month only
  [ORDINAL_GATE, /\b(?:on|since|until|by|from) the (\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:\(|,|\.|;|$|and\b|to\b|that\b|when\b))/gi, (m, f, ctx) => {
    const n = Number(m[1]);
    const { year, month, day } = ymd(ctx.pub);
    const ahead = n > day && tenseAt(f, m.index + m[0].length) === "future";
    const target = n <= day || ahead ? { year, month } : addMonths(year, month, -1);
    if (!validDay(target.year, target.month, n)) return null;
    const d = dayOf(target.year, target.month, n);
    return { from: d, to: d, precision: "day" };
  }],
  // in the coming days, over the next few weeks
  [DEIXIS_GATE, /\b(?:in|over|within)\s+the\s+(?:coming|next(?:\s+few)?)\s+(days|weeks)\b/gi, (m, _f, ctx) => (
    { from: ctx.pub, to: ctx.pub + (/day/i.test(m[1]) ? 15 : 42), precision: "interval" }
  )],
  // a day later, two days after, a week earlier, three weeks ago
  [COUNT_GATE, new RegExp(String.raw`\b${COUNT}\s+(day|week)s?\s+(later|earlier|ago|after|before)\b`, "gi"), (m, f, ctx, anchor) => {
    const n = parseCount(m[1]);
    if (n === null) return null;
    const days = n * (m[2].toLowerCase() === "week" ? 7 : 1);
    const rel = m[3].toLowerCase();
    // "after"/"before" followed by a date of its own only relate two dates; that date is found anyway.
    if ((rel === "after" || rel === "before") && /^\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\.?\s+\d|\d{1,2}\s+\p{Lu})/u.test(f.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
    const d = rel === "ago" ? ctx.pub - days : rel === "later" ? anchor + days : rel === "before" ? anchor + days : anchor - days;
    return { from: d, to: d, precision: "day", relational: rel === "after" || rel === "before" };
  }],
  // the next day, the following day
  [COUNT_GATE, /\bthe\s+(next|following|previous)\s+day\b/gi, (m, _f, _ctx, anchor) => {
    const d = anchor + (m[1].toLowerCase() === "previous" ? -1 : 1);
    return { from: d, to: d, precision: "day" };
  }],
  // in 2026, by 2030
  [YEAR_GATE, /\b(?:in|since|by|until|before|after|from|through|during|of)\s+((?:19|20)\d{2})\b(?![-/]\d)/g, (m) => {
    const y = Number(m[1]);
    return { from: dayOf(y, 1, 1), to: dayOf(y, 12, 31), precision: "year" };
  }],
];

function periodOf(unit: string, pub: Day, shift: number): [Day, Day] {
  if (unit === "week") {
    // Written on a Sunday, "last week" is the week that is just ending.
    const monday = mondayOf(pub) + 7 * (shift === -1 && weekday(pub) === 0 ? 0 : shift);
    return [monday, monday + 6];
  }
  const { year, month } = ymd(pub);
  if (unit === "month") {
    const m = addMonths(year, month, shift);
    return [monthStart(m.year, m.month), monthEnd(m.year, m.month)];
  }
  return [dayOf(year + shift, 1, 1), dayOf(year + shift, 12, 31)];
}

function weekend(tense: "past" | "future", pub: Day): Omit<DateMention, "start" | "end"> {
  const today = weekday(pub);
  if (tense === "past") {
    const saturday = today === 0 ? pub - 1 : pub - ((today + 1) % 7 || 7);
    return { from: saturday, to: Math.min(saturday + 1, pub), precision: "interval" };
  }
  const saturday = pub + ((6 - today + 7) % 7 || 7);
  return { from: saturday, to: saturday + 1, precision: "interval" };
}

