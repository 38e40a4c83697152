import type { Sector, TariffKind, TariffStatus } from "../vocab/vocab";

/**
 * Kind and status of a rate from the words around it. Each cue is a general phrase of tariff
 * reporting (layering: "baseline", "on top of", "for a total of", "including the existing duty";
 * life cycle: "threatened", "takes effect", "paused", "agreed", "lifted").
 *
 * Where a cue sits matters more than whether the sentence has it: the verb that governs a rate is
 * the one nearest before it ("applied a 10% baseline" after "paused country-specific rates"), and
 * what happened to a rate later is told after it ("the 24% rate set in April, which was put on
 * hold", "… before suspending it"). Words before the rate's own clause belong to other facts.
 */
/** What the status of a rate depends on: its words and where they sit. */
export type StatusInput = Omit<LabelInput, "sector" | "countering" | "imposerIsMain" | "targetIsAll">;

export interface LabelInput {
  /** The rate's sentence (folded) and the rate's offsets in it. */
  f: string;
  rateStart: number;
  rateEnd: number;
  /** Start of the rate's clause and end of its noun phrase ("25% on cars, steel and aluminum"). */
  clauseStart: number;
  phraseEnd: number;
  /** Where the text that belongs to this rate ends: the next rate, or the sentence end. */
  stretchEnd: number;
  /** Where this rate's share of the sentence starts: the end of the rate before it, or 0. */
  floor: number;
  sector: Sector;
  /** The imposer answers tariffs laid on it by the side the article is mostly about. */
  countering: boolean;
  /** The imposer is the side whose tariffs the article mainly reports (its own measures are rarely counter-measures). */
  imposerIsMain: boolean;
  targetIsAll: boolean;
  /** The rate is the old value in "to 30% from 145%" / "rather than 27.5%"; "stacked" when a total
   * rose from it, so the layer stays ("pushed the total to 27.5% from 2.5%"). */
  replacedBy: "future" | "past" | "stacked" | null;
  /** The paragraph is telling the terms of a deal ("Under the pact, …"). */
  dealContext: boolean;
  /** A date after publication starts the rate ("from Aug. 1", "takes effect on Friday"). */
  startsLater: boolean;
  /** The rate is the new figure of a change ("from 32% to 19%"): the change verb governs it. */
  newFigure?: boolean;
}

type Stage = "paused" | "threatened" | "removed" | "agreed" | "change" | "in-effect" | "announced";

/** In order of precedence where two overlap ("would lift" is a threat before it is a removal). */
const CUES: [Stage, RegExp][] = [
  ["threatened", /\b(?:threat\w*|warn\w*|could (?:also |further )?(?:rise|face|climb|go|reach|hit|impose|be|apply|jump|raise|lift)|would (?:also |further |then )?(?:face|rise|impose|apply|raise|lift|increase|slap|hit|jump|climb|be raised|go up)|plans? to (?:impose|raise|lift|slap|levy|put)|promised to impose|vow\w*|propos\w*|prepar(?:e|es|ed|ing)|read(?:y|ies|ied) to|readied|readying|weigh(?:s|ing)(?!\s+on)|consider(?:s|ing)|mull\w*|looms?|in the event|without a deal|no deal|absent a deal|fail(?:s|ed)? to (?:reach|strike|agree)|if (?:the )?talks (?:fail|collapse|stall))\b/gi],
  ["paused", /\b(?:suspend\w*|suspension|pause[ds]?|pausing|on hold|reprieve|deferred|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing))\b/gi],
  ["change", /\b(?:lower(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing|tions?)|slash\w*|halv(?:e|es|ed|ing)|trimm?\w*|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|brings? down|brought down|drop to|fall to|fell to)\b/gi],
  ["removed", /\b(?:lift(?:s|ed|ing)?|remov\w*|scrap\w*|withdr[ae]w\w*|eliminat\w*|abolish\w*|repeal\w*|no longer|ended|rolled back|replaced|replaces|replacing|dropp(?:ed|ing)|drops?)\b/gi],
  ["agreed", /\b(?:deal|agreement|agreed|framework|truce|arrangement|settle\w*|negotiated|pact|accord|joint statement)\b/gi],
  ["in-effect", /\b(?:extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|prolong(?:s|ed|ing)?|took effect|in effect|in force|kicked in|pays?|paying|paid|faces?|facing|currently|remains?|remained|stays? in place|(?:left|kept|keeps?|remains?) in place|maintain(?:s|ed|ing)?|remain at|stay at|kept|keeps|keeping|retain(?:s|ed|ing)?|on top of|in addition to|stacked on|stay at|stays at|subject to|since|stood at|stands at|applies|applied|imposed|levied|charged|hit|have been|has been|still|existing|now|already)\b/gi],
  ["announced", /\b(?:announc\w*|declar(?:e|es|ed|ing)|set|sets|ordered|unveil\w*|takes? effect|will take effect|due to|set to|scheduled|slated|from (?:aug|sept?|oct|nov|dec|jan|feb|mar|apr|may|jun|jul)\w*|will (?:apply|face|pay|go|be|take|rise|climb|increase|jump|start|begin|kick in))\b/gi],
];

interface Cue {
  stage: Stage;
  start: number;
  end: number;
}

interface SentenceCues {
  f: string;
  cues: Cue[];
  /** The sentence tells a deal that is not a standing agreement named in passing, nor "without a deal". */
  dealAt: number;
}

// Every rate of a sentence reads the same cues; the last sentence's are kept.
let lastSentence: SentenceCues | null = null;

// One scan of the sentence finds every cue: a group per stage, the first that matches wins.
const ANY_CUE = new RegExp(CUES.map(([, re]) => `(${re.source})`).join("|"), "gi");

function sentenceCues(f: string): SentenceCues {
  if (lastSentence?.f === f) return lastSentence;
  const cues: Cue[] = [];
  ANY_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANY_CUE.exec(f)) !== null) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    cues.push({ stage: CUES[group - 1][0], start: m.index, end: m.index + m[0].length });
  }
  const deal = DEAL.exec(f);
  const dealAt = deal && !STANDING_DEAL.test(f) && !BROKEN_DEAL.test(f.slice(Math.max(0, deal.index - 40), deal.index)) && !/\b(?:without|no|absent)\s+(?:a |any )?(?:[\w-]+ )?(?:deal|agreement)\b/i.test(f) ? deal.index : Infinity;
  lastSentence = { f, cues, dealAt };
  return lastSentence;
}

/** Does the stretch name any life-cycle cue at all? */
export function hasCue(f: string, from: number, to: number): boolean {
  return cuesIn(f, from, to).length > 0;
}

function cuesIn(f: string, from: number, to: number): Cue[] {
  return sentenceCues(f).cues.filter((c) => c.start >= from && c.end <= to);
}

const FUTURE = /\b(?:will|would|shall|is to|are to|to be|set to|due to|plans? to|is expected to|are expected to)\b/i;
const COORDINATED = /^[^;.]{0,20}?\band\s+(?:then\s+)?\w+\s+(?:it|them|the (?:rate|tariff|duty|levy))\s+(?:down\s+)?to\s*$/i;
const RAISED_TO = /\bto\s*$/i;
const DEADLINE_AFTER = /^\s*(?:the|that|this|its|a)?\s*(?:[\w-]+\s+)?deadline\b/i;

/** An adjective on the rate itself says where it stands: "the current 25%", "his planned 25% tariff", "the proposed 40% levy". */
const RATE_ADJECTIVE = /\b(current|currently|existing|prevailing|planned|impending|upcoming|scheduled|proposed|threatened|looming|potential|possible)\s+(?:[\w"'-]+\s+)?$/i;

export function tariffStatus(x: StatusInput): TariffStatus {
  if (x.replacedBy) return x.replacedBy === "past" ? "removed" : "in-effect";
  const { f, rateStart, rateEnd } = x;
  const adjective = RATE_ADJECTIVE.exec(f.slice(Math.max(x.floor, rateStart - 30), rateStart))?.[1].toLowerCase();
  if (adjective) {
    if (/^(?:current|currently|existing|prevailing)$/.test(adjective)) return "in-effect";
    if (/^(?:planned|impending|upcoming|scheduled)$/.test(adjective)) return "announced";
    return "threatened";
  }
  const lead = Math.max(x.floor, x.clauseStart - 60);
  const cues = cuesIn(f, lead, x.stretchEnd)
    // Postponing a deadline keeps a threat alive; it does not pause a tariff in force.
    .filter((c) => c.stage !== "paused" || !DEADLINE_AFTER.test(f.slice(c.end, c.end + 30)))
    // "lift the levy on chips to 35%": lifting a rate up to a figure raises it.
    .map((c) => (c.stage === "removed" && c.start < rateStart && /^lift/i.test(f.slice(c.start, c.end)) && RAISED_TO.test(f.slice(c.end, rateStart)) ? { ...c, stage: "change" as const } : c))
    // A standing agreement named as a qualifier says nothing about this rate's life cycle.
    .filter((c) => c.stage !== "agreed" || !STANDING_DEAL.test(f.slice(Math.max(0, c.start - 30), c.end + 20)))
    // A deal hoped for ("optimistic it might reach a deal") settles nothing yet.
    .filter((c) => c.stage !== "agreed" || !HOPED.test(f.slice(Math.max(0, c.start - 60), c.start)))
    // "not honoring the agreement": a deal being broken settles nothing.
    .filter((c) => c.stage !== "agreed" || !BROKEN_DEAL.test(f.slice(Math.max(0, c.start - 40), c.start)))
    // "lower/drop the duty to 15%": lowering to a figure is a change, not a removal.
    .map((c) => (c.stage === "removed" && c.start < rateStart && /^drop/i.test(f.slice(c.start, c.end)) && RAISED_TO.test(f.slice(c.end, rateStart)) ? { ...c, stage: "change" as const } : c))
    // Delaying a tariff that has not started keeps it a threat: "pushed back from March 3 to April 20".
    .map((c) => (c.stage === "paused" && /^(?:delay|postpon)/i.test(f.slice(c.start, c.end)) && /^\s+(?:from|until|to)\b/i.test(f.slice(c.end, c.end + 8)) ? { ...c, stage: "threatened" as const } : c));
  const own = cues.filter((c) => c.start >= x.clauseStart && c.start < rateStart);
  const later = cues.filter((c) => c.start >= rateEnd);
  const before = cues.filter((c) => c.start < rateStart);
  const ownPhrase = later.filter((c) => c.start < x.phraseEnd);
  // What happened to the rate afterwards, told in its own phrase or a clause hung on it:
  // "…, which was suspended", "before suspending it", "unless Washington extends its suspension".
  const afterwards = later.find(
    (c) => (c.stage === "paused" || (c.stage === "removed" && !/^lift/i.test(f.slice(c.start, c.end)))) && (c.start < x.phraseEnd || LATER_LINK.test(f.slice(rateEnd, c.start))),
  );
  if (afterwards && later.every((c) => c.stage !== "threatened" || c.start > afterwards.start)) return afterwards.stage as TariffStatus;
  if (ownPhrase.some((c) => c.stage === "in-effect" && /stay|remain|place/i.test(f.slice(c.start, c.end)))) return "in-effect";
  if ([...own, ...ownPhrase].some((c) => c.stage === "threatened") || (before.some((c) => c.stage === "threatened") && !own.length)) return "threatened";
  if (/\bunless\b|\bif\b[^.;]{0,60}\b(?:does not|doesn't|do not|don't|fails?|cannot|no)\b/i.test(f.slice(rateEnd, x.stretchEnd))) return "threatened";
  // The verb nearest before the rate governs it.
  const changeBefore = x.newFigure ? before.filter((c) => c.stage === "change").pop() : undefined;
  const governing = changeBefore ?? (own.length ? own[own.length - 1] : before.length ? before[before.length - 1] : (ownPhrase[0] ?? null));
  // "will halve it to 75%, and cut it to 40%": a coordinated verb shares the auxiliary before it.
  const future = FUTURE.test(f.slice(lead, x.phraseEnd)) || (COORDINATED.test(f.slice(x.floor, rateStart)) && FUTURE.test(f.slice(0, x.floor)));
  // "sealed an agreement last spring under which its goods face an 11% duty": the rate is the deal's term.
  const deal = x.dealContext || sentenceCues(f).dealAt < x.stretchEnd;
  if (DEAL_FOR.test(f.slice(Math.max(0, rateStart - 120), rateStart)) && !HOPED.test(f.slice(Math.max(0, rateStart - 180), rateStart))) return "agreed";
  const stage: TariffStatus = (() => {
    if (!governing) return deal && future ? "agreed" : future ? "announced" : "in-effect";
    const word = f.slice(governing.start, governing.end);
    switch (governing.stage) {
      case "paused":
      case "removed":
      case "agreed":
        return governing.stage;
      case "change":
        // "lowered its tariff to 19%" has happened; "will cut it to 75%" or "a deal that lowers it" is a promise.
        if (/ed$|^cut$|^brought/i.test(word) && !future) return "in-effect";
        return deal ? "agreed" : future ? "announced" : "in-effect";
      case "announced":
        return deal && future ? "agreed" : "announced";
      default:
        // Extending or renewing a duty keeps one that is already in force.
        if (/^(?:extend|renew|prolong|maintain|remain|stay|kept|keep)/i.test(word)) return "in-effect";
        return future ? (deal ? "agreed" : "announced") : "in-effect";
    }
  })();
  return x.startsLater && (stage === "in-effect" || stage === "announced") ? "announced" : stage;
}

const BROKEN_DEAL = /\b(?:not honou?ring|not honou?red|not (?:kept|keeping|abiding by|respecting)(?: to)?|reneg\w* on|breach\w*|violat\w*|abandon\w*|pull\w* out of|withdr\w* from|fail\w* to (?:implement|pass|legislate|ratify))\b[^.;]{0,25}$/i;
const HOPED = /\b(?:optimistic|hop(?:e|es|ed|ing)|might|could|aim\w*|seek\w*|push\w* for|strike|reach|toward|towards|work\w* on|way to|wants?)\b[^.;]{0,50}$/i;
const DEAL_FOR = /\b(?:clinched|struck|reached|sealed|signed|agreed)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}(?:deal|agreement|pact|framework)\b[^.;]{0,40}\bfor\s+[^.;]{0,50}\bto\s+(?:face|pay|get|see)\b[^.;]{0,30}$/i;
const LATER_LINK = /^[^;]{0,80}?(?:,\s*(?:which|that)\b|\bbefore\b|\bthen\b|\bunless\b|\buntil\b|\bshortly after\b|\bonly to\b)/i;
const DEAL = /\b(?:deal|agreement|agreed|framework|truce|arrangement|settlement|pact|accord|joint statement)\b/i;
/** A standing trade agreement named as a qualifier ("goods outside the trade agreement", "the pact's rules of origin"). */
const STANDING_DEAL = /\b(?:outside|meet|meets|covered by|compliant with|within)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:agreement|pact|accord|deal)\b|\b(?:agreement|pact|accord)'s\s+(?:[\w-]+\s+)?rules\b/i;

const MFN_BEFORE = /\b(?:most-favou?red-nation|mfn|standard|normal|ordinary|regular|long-standing|longstanding|general|bound|applied mfn)\s+(?:[\w-]+\s+)?$/i;
const MFN_AFTER = /^\s*(?:[\w"'-]+\s+){0,2}?(?:most-favou?red-nation|mfn)\b|^\s+(?:standard|normal|ordinary|regular)\s+(?:duty|tariff|rate)\b/i;
const COMBINED_BEFORE = /\b(?:combined|total|all-in|overall|cumulative|stacked|effective|for a total of|to a total of|taking (?:it|the total) to|brings? (?:it|the total) to|together)\b[^,;]{0,60}$/i;
const COMBINED_AFTER = /^\s*(?:[\w%-]+\s+){0,3}?(?:in (?:all|total)|altogether|combined|all told)\b|^\s*(?:[\w-]+\s+){0,3}?(?:(?:that |which )?includ\w+ the (?:existing|older|standard|mfn|most-favou?red-nation|current|earlier))\b/i;
/** "drops to 33% from 43% by scrapping the penalty": a total moved by changing one of its layers. */
const BY_CHANGING_LAYER = /^[^.;]{0,40}?\bby\s+(?:halving|cutting|removing|lowering|reducing|scrapping|dropping|doubling|raising|adding)\b/i;
/** "Together, the two will take …": a sentence that adds up the layers before it. */
const COMBINED_OPENER = /^(?:together|in total|combined|altogether|all told|taken together),/i;
/** "now pay 10% …, after the deal took effect": the rate is the one a deal set. */
const SET_BY_DEAL = /^[^;]{0,80}?\b(?:after|under|as part of|following|thanks to)\s+(?:the|a|this|that|their|its)\s+(?:[\w-]+\s+){0,5}?(?:deal|agreement|pact|accord)\b(?!\s+(?:stalled|collapsed|failed|broke|fell))/i;
/** "…, while Japanese cars pay 15% under its deal": what follows belongs to another subject. */
const OTHER_SUBJECT = /\b(?:while|whereas|but)\b|;/i;
const BASELINE = /\b(?:baseline|across-the-board|across the board|universal|blanket|minimum|global)\b/i;
const COUNTRY = /\b(?:reciprocal|country-specific|fentanyl|penalty|country|country's)\b/i;
const OTHER = /\b(?:additional|extra|secondary|penalty|further)\b/i;
const RETALIATION = /\b(?:counter-?tariffs?|countermeasures?|retaliat\w*|matching|hit back|hits back|struck back|in response)\b/i;
const RATE_NOUN = /^\s+((?:[\w"'-]+\s+){1,2}?)(?:tariffs?|dut(?:y|ies)|levy|levies|rates?|surcharges?)\b/i;
const COUNTER_NOUN = /\b(?:counter-?tariffs?|countermeasures?|counter-measures?|retaliatory)\b/i;
const RESPONSE = /\b(?:in response to|in retaliation (?:for|against)|retaliat(?:ed|es|ing|ory)|responded|responds|hit back|hits back|struck back)\b/i;
const SECTORAL = /\b(?:section 232|national-security|national security|sectoral|sector-specific|product-specific)\b/i;

/** Who pays a rate and for which goods: the only inputs of its kind that vary within one rate. */
export type KindParty = Pick<LabelInput, "sector" | "countering" | "imposerIsMain" | "targetIsAll">;

const once = <T>(fn: () => T): (() => T) => {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value;
  };
};

/**
 * The kind of one rate for each (imposer, target, sector) it is emitted for. The word tests are
 * read once per rate and only when a rule needs them, since a rate may fan out to many facts.
 */
export function kindReader(x: StatusInput): (party: KindParty, status: TariffStatus) => TariffKind {
  const { f, rateStart, rateEnd } = x;
  const own = once(() => f.slice(x.clauseStart, x.phraseEnd));
  const tail = once(() => f.slice(rateEnd, x.stretchEnd));
  const mfn = once(() => MFN_BEFORE.test(f.slice(Math.max(x.floor, rateStart - 40), rateStart)) || MFN_AFTER.test(tail().slice(0, 50)));
  const retaliation = once(() => RETALIATION.test(f));
  const counterNoun = once(() => COUNTER_NOUN.test(f.slice(Math.max(x.floor, rateStart - 60), Math.min(x.stretchEnd, rateEnd + 30))));
  const response = once(() => RESPONSE.test(f.slice(Math.max(x.floor, x.clauseStart - 80), Math.min(x.stretchEnd, rateEnd + 80))));
  const combined = once(
    () =>
      COMBINED_BEFORE.test(f.slice(Math.max(x.floor, x.clauseStart - 30), rateStart)) ||
      COMBINED_AFTER.test(tail().slice(0, 80)) ||
      COMBINED_OPENER.test(f) ||
      BY_CHANGING_LAYER.test(f.slice(rateEnd, rateEnd + 60)),
  );
  const includes = once(() => /\binclud/i.test(tail().slice(0, 80)));
  const setByDeal = once(() => x.replacedBy === null && SET_BY_DEAL.test(f.slice(rateEnd, rateEnd + 160).split(OTHER_SUBJECT)[0]));
  // "the 10 per cent baseline" stays the baseline even when its sentence is about one sector.
  const baselineHere = once(() => BASELINE.test(f.slice(Math.max(x.floor, rateStart - 20), Math.min(x.stretchEnd, rateEnd + 25))));
  // "a 25% country-specific tariff": the rate's own noun phrase names its layer.
  const ownNoun = once(() => RATE_NOUN.exec(f.slice(rateEnd, Math.min(x.stretchEnd, rateEnd + 50)))?.[1] ?? "");
  return (p, status) => {
    if (mfn()) return "mfn";
    if (!p.imposerIsMain && retaliation()) return "retaliatory";
    // Even the side that usually sets tariffs retaliates when the rate is told as its answer ("responded with a 100% tariff"),
    // or when the rate is named a counter-measure ("its 25% counter-tariffs", "countermeasures including 25% duties").
    if (p.imposerIsMain && (response() || counterNoun())) return "retaliatory";
    if (combined()) return status === "agreed" && includes() ? "agreed" : "combined";
    if (p.countering) return "retaliatory";
    if (status === "agreed" || setByDeal()) return "agreed";
    if (COUNTRY.test(ownNoun()) && !BASELINE.test(ownNoun())) return p.sector === "all" ? "country-specific" : "sectoral";
    if (baselineHere()) return "baseline";
    if (p.sector !== "all") return "sectoral";
    const words = own();
    if (SECTORAL.test(words)) return "sectoral";
    if (BASELINE.test(words)) return "baseline";
    if (COUNTRY.test(words)) return "country-specific";
    if (OTHER.test(words)) return "other";
    return p.targetIsAll ? "baseline" : "country-specific";
  };
}
