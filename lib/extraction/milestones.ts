import type { MilestoneKind } from "../vocab/vocab";
import { type Context, evidenceOf } from "./context";
import { type DateMention, whenOf } from "./dates";
import type { ExtractedMilestone } from "./schema";

/**
 * Milestones: a dated event whose kind is named by a trigger phrase near the date ("a phone call
 * last Thursday", "took effect on Monday", "the Aug. 1 deadline", "announced on April 2").
 * Meetings between negotiators are rounds, not milestones, so they are left to the round rules.
 */
const TRIGGERS: [MilestoneKind, RegExp, number][] = [
  ["call", /\b(?:phone call|telephone call|video (?:call|conference)|videoconference|(?:tele)?phone conversation|call with|calls? between|by (?:tele)?phone|in a call|after a call|spoke by|the call\b|'s call\b|(?:second|another|follow-up|leaders'?|brief|hour-long|[\w-]+-minute) call\b(?! for)|(?:will|would|to|set to|plan to|expected to) (?:speak|talk) (?:by phone|by telephone|on the phone)?|(?:spoke|talked|speak|talk) (?:on|over) the (?:tele)?phone|(?:tele)?phoned\b)/gi, 60],
  // Leaders' gatherings are summits whether or not the word is written: "at the G7", "the APEC meeting".
  ["summit", /\b(?:summit|G-?7|G-?20|APEC|Group of (?:Seven|Twenty|20))\b/gi, 70],
  ["election", /\b(?:elections?|polls|referendum)\b/gi, 50],
  ["deadline", /\b(?:deadline|cut-?off(?: date)?|target|expir\w*|laps(?:e|es|ed|ing)|runs? out|end of the (?:[\w.-]+ ){0,3}(?:pause|suspension|truce|reprieve|moratorium)|runs? (?:to|until|through)|postpone (?:\w+ ){0,2}deadline)\b/gi, 60],
  ["agreement", /\b(?:reached an? (?:\w+ )?(?:agreement|deal)|joint statement|(?:struck|clinched|inked|sealed|finali[sz]ed|locked in) (?:an?|the|their|its) (?:[\w-]+ ){0,2}(?:agreement|deal|pact|accord|truce)|secured an? (?:\w+ )?(?:agreement|deal)|concluded (?:their|its|the|an?) (?:[\w-]+ )?(?:agreement|deal|pact|negotiations|talks)|finali[sz]ed (?:negotiations|talks)|signed (?:an?|the) (?:[\w-]+ ){0,2}(?:agreement|deal|pact|accord|memorandum of understanding|MoU)|(?:agreement|deal|pact|accord) (?:was |were |has been |had been )?(?:reached|struck|clinched|sealed|signed|concluded)|terms (?:had been |were |was )?(?:unveiled|announced|agreed)|agreed to (?:a|the) (?:deal|truce|framework)|(?:had |have |has )?agreed (?:with|on|upon)|(?:was|were|been|be) agreed)\b/gi, 90],
  ["effective", /\b(?:t[ao]ke[sn]? effect|took effect|taking effect|went into effect|came into (?:force|effect)|comes? into force|into force|in force|kick(?:ed|s)? in|as of|applied since|in effect since|has applied since)\b/gi, 80],
  // A change of rate dates itself after the verb: "raised its tariff … to 35 per cent on Aug. 1".
  ["effective", /\b(?:raised|doubled|hiked|increased|lowered|imposed|slapped|levied|put an? (?=[\w.%-]+ (?:[\w-]+ )?(?:per ?cent |percent |% )?(?:tariff|surtax|duty|levy)))\b/gi, -110],
  ["announcement", /\b(?:(?<!(?:previously|originally|initially|already|earlier) |(?:after|following|since|before|ahead of) the )announc\w*|unveil\w*|threaten\w*|warned|(?:sent|submitted|tabled|introduced) (?:\w+ ){0,2}(?:an? |the )?(?:bill|proposal|draft)|letter|ordered|signed (?:an?|the) (?:[\w-]+ ){0,2}(?:order|proclamation|memorandum|decree)|(?:order|proclamation|decree|ruling|decision),? (?:which was |was |were )?(?:released|issued|signed)|issued (?:\w+ ){0,2}(?:an? |the |its )?(?:\W?final |\W?preliminary )?(?:decision|order|ruling|proclamation|decree|notice)|(?:Truth Social|social media) post|in a (?:social media )?post|(?:wrote|posted|said) on (?:Truth Social|social media)|granted an? (?:[\w-]+ )?(?:reprieve|pause|extension|exemption)|(?:formally |officially )?launched|decided to (?:resume|restart|relaunch|launch|start|open|end|suspend|halt|terminate|impose|lift|scrap|extend)|set (?:out )?(?:a|an|the) (?:\w+ )?(?:rate|tariff)|set (?:for|on|out)|first set|answered|retaliated|hit back|(?<!\b(?:interview|article|op-ed|column|book|report)\b[^.;]{0,60})published|prolong\w*|extend\w*|declared)\b/gi, 70],
];

const CONDITIONAL = /\b(?:unless|if|could|would|threat\w*|warn\w*|promised|without a deal|due to|was to|were to|planned)\b/i;

interface Trigger {
  kind: MilestoneKind;
  start: number;
  end: number;
  reach: number;
  /** The trigger only dates what follows it. */
  dateAfter: boolean;
}

function triggersIn(f: string): Trigger[] {
  const out: Trigger[] = [];
  for (const [kind, re, reach] of TRIGGERS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(f)) !== null) out.push({ kind, start: m.index, end: m.index + m[0].length, reach: Math.abs(reach), dateAfter: reach < 0 });
  }
  return out;
}

/** Gap in characters between a date and a trigger; a semicolon between them counts as far. */
function gap(f: string, d: { start: number; end: number }, t: Trigger): number {
  if (t.dateAfter && d.start < t.end) return Infinity;
  const [a, b] = d.end <= t.start ? [d.end, t.start] : t.end <= d.start ? [t.end, d.start] : [0, 0];
  const between = f.slice(a, b);
  // "Since Trump imposed a 145% tariff, officials will meet this weekend": the rate change is over by then.
  if (t.dateAfter && /(?:,\s|\s[—–-]\s)[^,]*\b(?:will|would|are to|is to)\b/.test(between)) return Infinity;
  // "took effect on Monday": the date usually follows the event it dates.
  const behind = d.end <= t.start && (t.kind === "effective" || t.kind === "deadline") ? 5 : 0;
  // "the minister would not say when the call happened": the date is not the call's.
  if (/\b(?:not|n't|never) (?:say|said|specify|specified|disclose|disclosed|reveal|revealed) when\b/i.test(between)) return Infinity;
  // "sees the Danish premier on Monday, then heads to Rome for a summit after that": the date is of what comes first.
  const sequence = d.end <= t.start && /\b(?:before|after|ahead of|following|prior to|then)\b/i.test(between) ? 60 : 0;
  return b - a + behind + sequence + (/;/.test(between) ? 60 : 0) + (/,\s+(?:but|while|and|so)\s/.test(between) ? (t.kind === "deadline" ? 60 : 25) : 0);
}

/**
 * The words right before a date often say what it is, whatever trigger is nearest:
 * "due to start on Friday", "from 1 August", "to Nov. 10" after an extension, "said Monday".
 */
function kindFromLeadIn(lead: string, clause: string, range: boolean, nearEvent: boolean, after: string): MilestoneKind | "statement" | "round" | null {
  if (/\b(?:said|says|told (?:\w+ ){0,2}|reported|according to (?:\w+ ){0,3})\s*(?:on\s+)?$/i.test(lead)) return "statement";
  // "negotiations in Bern, which opened on May 3": the date of a round, which the round rules keep.
  if (/\b(?:talks|meetings?|negotiations|round|visit|trip)\b[^.;]{0,40}\b(?:began|started|opened|ended|concluded|closed|took place|(?:was|were) held)\s+(?:on\s+|in\s+)?$/i.test(lead)) return "round";
  if (/\b(?:extend\w*|prolong\w*|postpon\w*|delay\w*|push\w* back)\b[^.;]{0,50}\bto\s+$/i.test(lead) || /\b(?:until|till)(?: at least)?\s+$/i.test(lead)) return "deadline";
  if (/\bon or after\s+$/i.test(lead)) return "deadline";
  // "put off from March 3": the date given up is the old deadline.
  if (/\b(?:delay|postpon|push|mov|shift)\w*[^.;]{0,40}\bfrom\s+$/i.test(lead)) return "deadline";
  if (nearEvent) return null;
  // "under their accord of March 12", "the pact struck on May 30": the date of the deal itself.
  if (/\b(?:agreement|deal|pact|accord)\s+(?:of|on|(?:was |were )?(?:reached|struck|signed|sealed|clinched|concluded)\s+(?:on|in))\s+$/i.test(lead)) return "agreement";
  if (/\b(?:due to|set to|scheduled to|expected to) (?:end|expire|lapse|run out)(?: on| in)?\s+$/i.test(lead)) return "deadline";
    // "due to apply on March 3", "scheduled to climb to 45% on July 1": the day a measure starts, unless a
  // condition hangs over it.
  if (/\b(?:due to|set to|scheduled to|expected to) (?:start|begin|take effect|go into (?:effect|force)|come into (?:effect|force)|return|rise|climb|jump|increase|apply|kick in)(?:\s+(?:to|by)\s+[^.;,\d]{0,20}\d[^.;,]{0,12}?)?(?: on| in| from)?\s+$/i.test(lead)) return CONDITIONAL_START.test(clause) ? "deadline" : "effective";
  if (/\b(?:announced|scheduled|planned|slated|set) for\s+$/i.test(lead) && /\b(?:tariffs?|dut(?:y|ies)|levy|levies|rates?|increase)\b/i.test(lead.slice(-50))) return "deadline";
  // A start date needs a measure to start: "talks in Brussels from October 6" is a meeting.
  if (!range && /\b(?:from|starting|beginning|effective)(?:\s+(?:on|from))?\s+(?:the\s+)?$/i.test(lead)) {
    if (!MEASURE.test(clause)) return null;
    return START_CONDITION.test(clause) ? "deadline" : "effective";
  }
  if (/\bby\s+(?:the\s+)?$/i.test(lead)) {
    // "By March 4, the council had lifted …" and "the quota was used up by mid-May": what had happened by then.
    if (/^[^.;]{0,40}\bhad\s+\w+ed\b/i.test(after)) return null;
    if (/\b(?:was|were|had(?: been)?)\s+(?:\w+\s+)?\w+ed\s+by\s+(?:the\s+)?$/i.test(lead)) return null;
    if (/\b(?:drop|fall|rise|cut|lower|reduce|take effect|apply|come down)\b/i.test(clause) && !CONDITIONAL.test(clause)) return "effective";
    // "hopeful they can reach a deal by the end of the month" is a hope, not a deadline.
    return /\b(?:hop(?:e|es|ed|eful|ing)|expect(?:s|ed|ing)?)\b/i.test(clause) ? null : "deadline";
  }
  return null;
}

/** A start date that only holds if talks fail ("unless a deal is reached") is a deadline. */
const CONDITIONAL_START = /\b(?:unless|if|without a deal|deadline)\b/i;

/**
 * A start that may not come: threatened, promised, planned or tied to failed talks. A bare "would"
 * is left out: "announced that a tariff would be levied starting November 1" reports a decision.
 */
const START_CONDITION = /\b(?:unless|if|could|threat\w*|warn\w*|promised|without a deal|was to|were to|planned|plans? to)\b/i;

const MEASURE = /\b(?:tariffs?|dut(?:y|ies)|levy|levies|rates?|surcharges?|quotas?|measures?|restrictions?|controls?|bans?|agreement|deal|pact|exemptions?|pause|truce|tax(?:es)?)\b/i;

/** A step already taken, told in the perfect ("have decided to restart work", "has announced"). */
const SETTLED = /\b(?:have|has)\s+(?:\w+\s+)?(?:decided|announced|unveiled|ordered|declared|launched)\b/i;

const ISO_STAMP = /^\d{4}-\d{2}-\d{2}$/;

const usable = (d: DateMention) => d.precision !== "year" && d.to - d.from <= 31;
/** Summits and elections are often placed only by a season or part of a year ("in early 2026"). */
const vague = (d: DateMention) => d.precision === "interval" && d.to - d.from > 31 && d.to - d.from <= 125;

interface Candidate {
  d: DateMention;
  kind: MilestoneKind;
  score: number;
  span: [number, number];
}

export function extractMilestones(ctx: Context): ExtractedMilestone[] {
  const out: ExtractedMilestone[] = [];
  for (const info of ctx.sentences) {
    const f = info.s.f;
    const base = info.s.start;
    // A page stamp ("2025-05-14") is when the page was made, not an event the story dates.
    const dates = info.dates.filter((d) => (usable(d) || vague(d)) && !ISO_STAMP.test(f.slice(d.start - base, d.end - base)));
    if (!dates.length) continue;
    const triggers = triggersIn(f);
    const pairs: { d: DateMention; t: Trigger; g: number }[] = [];
    const chosen: Candidate[] = [];
    const soleDay = new Set(dates.filter(usable).map((d) => whenOf(d))).size === 1;
    for (const d of dates) {
      const rel = { start: d.start - base, end: d.end - base };
      if (vague(d)) {
        for (const t of triggers) if ((t.kind === "summit" || t.kind === "election") && gap(f, rel, t) <= 40) pairs.push({ d, t, g: gap(f, rel, t) });
        continue;
      }
      const lead = f.slice(Math.max(0, rel.start - 70), rel.start) + (/^(?:on|from|by|until|till|starting|beginning|for)\s/i.test(f.slice(rel.start, rel.end)) ? f.slice(rel.start, rel.end).replace(/\S+$/, "") : "");
      const nearEvent = triggers.some((t) => (t.kind === "summit" || t.kind === "election" || t.kind === "call") && gap(f, rel, t) <= 40);
      // Conditions and measures are read near the date, not anywhere in a long sentence.
      const near = f.slice(Math.max(0, rel.start - 120), rel.end + 80);
      const fromLead = kindFromLeadIn(lead, near, d.from !== d.to, nearEvent, f.slice(rel.end, rel.end + 60));
      if (fromLead === "round") continue;
      if (fromLead === "statement") {
        // A reporting date only dates an agreement or an announcement made that day; when it is the
        // sentence's only date, the deal the sentence reports is that day's news wherever it is told
        // ("X has reached a deal with Y …, the minister said Friday").
        for (const t of triggers) {
          if (t.kind !== "agreement" && t.kind !== "announcement") continue;
          const g = gap(f, rel, t);
          if (g <= t.reach) pairs.push({ d, t, g });
          else if (soleDay && g < Infinity && (t.kind === "agreement" || SETTLED.test(f.slice(Math.max(0, t.start - 12), t.end)))) pairs.push({ d, t, g: t.reach });
        }
        continue;
      }
      if (fromLead) {
        chosen.push({ d, kind: fromLead, score: 0.8, span: [rel.start, rel.end] });
        continue;
      }
      for (const t of triggers) {
        const g = gap(f, rel, t);
        if (g <= t.reach) pairs.push({ d, t, g });
      }
    }
    // Each date takes its nearest trigger; a trigger serves one date unless dates are coordinated ("on Monday and … on Tuesday").
    pairs.sort((a, b) => a.g - b.g);
    const usedDates = new Set<DateMention>(chosen.map((c) => c.d));
    const usedTriggers = new Map<Trigger, DateMention>();
    for (const p of pairs) {
      if (usedDates.has(p.d)) continue;
      const holder = usedTriggers.get(p.t);
      if (holder && !coordinated(f, holder, p.d, base)) continue;
      usedDates.add(p.d);
      usedTriggers.set(p.t, p.d);
      let kind = p.t.kind;
      const rel = { start: p.d.start - base, end: p.d.end - base };
      const clause = f.slice(Math.max(0, Math.min(rel.start, p.t.start) - 40), Math.max(rel.end, p.t.end) + 40);
      // "the tariff Trump had imposed in August would be dropped": the condition is on the dropping.
      if (kind === "effective" && CONDITIONAL.test(clause) && !(p.t.dateAfter && /\bhad\s+$/.test(f.slice(Math.max(0, p.t.start - 5), p.t.start)))) kind = "deadline";
      // "a joint statement … announced", "announced … that they have agreed to a deal": the deal's day.
      if (kind === "announcement" && (/\b(?:deal|agreement|terms|pact)\b|\bagreed\b(?![^,;]*\bwith\b)/i.test(f.slice(Math.max(0, p.t.start - 30), p.t.end + 20)) || /\bjoint statement\b/i.test(f.slice(0, p.t.start)) || /^\W*(?:\w+\W+){0,6}?(?:that\s+)?(?:\w+\W+){0,5}?(?:have|has|had)\s+(?:\w+\s+)?agreed\b/i.test(f.slice(p.t.end, p.t.end + 80))) && !/\bletter\b/i.test(clause)) kind = "agreement";
      chosen.push({ d: p.d, kind, score: Math.max(0.3, 0.85 - p.g / 200), span: [Math.min(rel.start, p.t.start), Math.max(rel.end, p.t.end)] });
    }
    for (const c of chosen) {
      out.push({
        when: whenOf(c.kind === "agreement" ? agreementDay(c.d, f, base) : c.d),
        kind: c.kind,
        title: titleOf(ctx.text.slice(base + c.span[0], base + c.span[1])),
        evidence: evidenceOf(ctx, info.s),
        confidence: c.score,
      });
    }
  }
  return consolidate(out);
}

/** "talks ran from May 12 to 15 and every chapter was settled": a deal is struck as talks end. */
function agreementDay(d: DateMention, f: string, base: number): DateMention {
  const span = f.slice(d.start - base, d.end - base);
  if (d.precision !== "interval" || d.to - d.from > 10 || !/\d\s*(?:-|–|to|until|through)\s*(?:\p{L}+\.?\s+)?\d/u.test(span)) return d;
  return { ...d, from: d.to, precision: "day" };
}

/** "on Monday and to Greer on Tuesday": two dates joined by "and" share one trigger. */
function coordinated(f: string, a: DateMention, b: DateMention, base: number): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  const between = f.slice(x.end - base, y.start - base);
  return between.length <= 40 && /\band\b/.test(between) && !/[;,]/.test(between);
}

/** One milestone per (when, kind); an interval or month is dropped when a day of the same kind lies inside it. */
function consolidate(list: ExtractedMilestone[]): ExtractedMilestone[] {
  const seen = new Set<string>();
  const unique = list.filter((m) => {
    const key = `${m.when}|${m.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.filter((m) => {
    if (!m.when || m.when.length === 10) return true;
    // A month ("the deal struck in May") says less than a day of it told elsewhere ("on May 8").
    const [a, b] = m.when.length === 7 ? [`${m.when}-01`, `${m.when}-31`] : m.when.split("/");
    return !unique.some((o) => o !== m && o.kind === m.kind && o.when && o.when.length === 10 && o.when >= a && o.when <= b);
  });
}

function titleOf(span: string): string {
  const t = span.replace(/\s+/g, " ").trim();
  return t.length > 100 ? `${t.slice(0, 97)}…` : t;
}
