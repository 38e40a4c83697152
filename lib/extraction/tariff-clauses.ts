import type { EconomyMention } from "./mentions";
import { SECTOR_PATTERN } from "./sectors";

/**
 * The stretch of a sentence that belongs to one rate: the clause leading up to it and the noun
 * phrase after it ("25% on cars, steel and aluminum"). Offsets are relative to the sentence.
 */
const BEFORE_CUT = /[,;:—–(]|\b(?:after|before|when|while|whereas|but|although|though|because|since|as|until|unless|which|who|plus)\b/g;
const SECTOR_WORDS = SECTOR_PATTERN.source.replace(/^\\b/, "").replace(/\\b$/, "");
const AFTER_CUT = new RegExp(
  String.raw`[;—–(]|\s(?:after|before|when|while|whereas|but|although|though|because|since|until|unless|if|as|which|who|even|then|adding|citing|saying)\s|,(?!\s+(?:and\s+)?(?:(?:American|U\.S\.|US|(?!(?:including|excluding|except|notably|especially|such|while|but)\b)[\w-]+)\s+)?${SECTOR_WORDS})`,
  "i",
);

/** Start of the clause that ends at `pos`, never before `floor`. */
export function clauseStart(f: string, pos: number, floor: number): number {
  let start = floor;
  BEFORE_CUT.lastIndex = floor;
  let m: RegExpExecArray | null;
  while ((m = BEFORE_CUT.exec(f)) !== null && m.index < pos) start = m.index + m[0].length;
  return start;
}

/** End of the noun phrase that starts at `pos`, never after `ceiling`. */
export function phraseEnd(f: string, pos: number, ceiling: number): number {
  const slice = f.slice(pos, Math.min(ceiling, pos + 110));
  const cut = AFTER_CUT.exec(slice);
  return pos + (cut ? cut.index : slice.length);
}

const GOODS = String.raw`(?:goods|imports|products|exports|shipments|items|vehicles|cars|steel|aluminum|aluminium|autos|engines|parts|companies|producers|exporters|mills|carmakers|automakers)`;
export const DEMONYM_GOODS = new RegExp(`^(?:-\\w+)?\\s+(?:[\\w-]+\\s+)?${GOODS}\\b`, "i");
const ALL_PARTNERS =
  /\b(?:(?:nearly|almost|virtually|practically)\s+)?(?:all|most|every|any)\s+(?:other\s+)?(?:of\s+(?:its|their|the)\s+)?(?:(?:u\.s\.|us|american|foreign|major)\s+)?(?:trading partners?|countries|country|nations?|economies|partners|foreign)\b|\bmost foreign\b|\bon\s+(?:countries|nations|buyers|importers)\s+(?:that|who|which)\b|\b(?:global|worldwide|universal)\b|\bimports from everywhere\b/i;

/** `named`: the clause names a paying economy, so "global" or "universal" only describes the measure. */
export function mentionsAllPartners(text: string, named = false): boolean {
  const m = ALL_PARTNERS.exec(text);
  if (!m) return false;
  return !named || !/^(?:global|worldwide|universal)$/i.test(m[0]);
}

export type Rel = EconomyMention & {
  rel: number;
  relEnd: number;
  /** Memo of what the words around the mention say, filled on first use: every rate of a sentence asks. */
  acts?: boolean;
  imports?: boolean;
};

/** Sector words only count after a rate inside its own "on …" phrase ("25% on cars"), not "25% and steel". */
export function onPhraseStart(f: string, rateEnd: number, end: number): number | null {
  const m = /^\s*(?:[\w"'.-]+\s+){0,4}?(?:on|for|covering|against|appl(?:y|ies|ied|ying) to)\s/i.exec(f.slice(rateEnd, end));
  return m ? rateEnd + m[0].length : null;
}

/** "…, whose goods", "on its goods": the economy the clause is about, named earlier in the sentence. */
export function subjectOf(f: string, mentions: Rel[], from: number, ratePos: number): Rel | null {
  const lead = f.slice(from, ratePos);
  if (!/\b(?:its|their|whose)\s+(?:[\w-]+\s+)?(?:goods|imports|products|exports|shipments)\b/i.test(lead)) return null;
  return mentions.find((m) => !m.place && !m.compound && m.rel < ratePos) ?? null;
}

/** An economy that receives the tariff: "on Swiss imports", "for Japan", "imports from China", "X pays". */
export function targetIn(f: string, mentions: Rel[], from: number, to: number, side: "after" | "before"): Rel | null {
  const inRange = mentions.filter((m) => m.rel >= from && m.relEnd <= to && !m.compound && (!m.place || m.kind !== "capital"));
  if (side === "after") {
    for (const m of inRange) {
      const lead = f.slice(from, m.rel);
      const tail = f.slice(m.relEnd, m.relEnd + 30);
      if (/\b(?:on|for|against|from|to|toward|towards)\b/i.test(lead) && !/^\s+side\b/.test(tail.replace(/^'s?/, ""))) return m;
      if (m.kind === "demonym" && DEMONYM_GOODS.test(tail)) return m;
    }
    return null;
  }
  // Before the rate: the nearest economy that is the subject of paying or facing it.
  for (let i = inRange.length - 1; i >= 0; i--) {
    const m = inRange[i];
    if (m.kind === "capital" && m.place) continue;
    return m;
  }
  return null;
}

// "China's commerce ministry warned that it could impose", "Beijing last year paused", "Canada on Friday hit back".
const ACTOR_NOUN = String.raw`(?:(?:[\w-]+\s+){0,2}(?:ministry|government|cabinet|customs|authorities|administration|council|commission|officials)(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+)?`;
const SAYS_IT = String.raw`(?:(?:said|says|warned|warns|announced|confirmed|threatened)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+)?`;
const ADVERBS = String.raw`(?:(?:will|would|has|have|had|then|also|first|plans to|is to|could|may|might|now|later|already|again|swiftly|quickly|decision to|move to|bid to|order to|to|last\s+\w+|this\s+\w+|in\s+\w+|on\s+\w+)\s+){0,3}`;
export const IMPOSE_VERB = new RegExp(
  String.raw`^(?:'s)?\s+${ACTOR_NOUN}${SAYS_IT}${ADVERBS}(?:impose[sd]?|imposing|put|puts|placed|places|slap|slapped|slaps|raise|raised|raises|set|sets|cut|cuts|lower|lowered|lowers|reduce|reduced|reduces|halve|halved|halves|increase|increased|increases|hike|hikes|answered|retaliated|responded|extend|extends|renew(?:s|ed)?|hit(?!\s+by)|hits|charges?|charged|levied|levies|levy|doubled|hiked|applied|applies|added|adds|introduced|introduces|threatened|threaten(?:s|ing)?|announced|declared|declares|declaring|extended|drop|drops|dropped|lift|lifts|lifted|keep|keeps|kept|removed|paused|pauses|suspend(?:s|ed|ing)?|pledged|propos(?:e|es|ed|ing)|approv(?:e|es|ed)|plan(?:s|ned)? to \w+|weigh(?:s|ing)|consider(?:s|ing)|mull(?:s|ing))\b`,
  "i",
);
export const TARIFF_AFTER = /^(?:'s?)?\s+(?:(?:new|own|current|existing|higher|lower|additional|extra|separate|combined|total|punishing|reciprocal|"reciprocal"|retaliatory|counter|sectoral|sector-specific|national-security|blanket|average|import|applied)\s+)*(?:tariffs?|dut(?:y|ies)|levy|levies|counter-?tariffs?|countermeasures|rates?|total|side)\b/i;

/** "U.S. tariffs", "Canada imposed", "on the American side": the words after a mention make it an actor. */
function actsOnTariffs(f: string, m: Rel): boolean {
  if (m.acts === undefined) {
    const tail = f.slice(m.relEnd, m.relEnd + 100);
    const sideOf = /\bthe\s+$/.test(f.slice(Math.max(0, m.rel - 12), m.rel)) && /^\s+side\b/.test(tail);
    m.acts = sideOf || TARIFF_AFTER.test(tail) || IMPOSE_VERB.test(tail);
  }
  return m.acts;
}

const ISSUED_BY = /\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surtax(?:es)?)\s+(?:imposed\s+|levied\s+|set\s+)?(?:from|by)\s+(?:the\s+)?$/i;

/** The economy that imposes the tariff: "U.S. tariff", "China's duties", "Canada imposed", "on the American side". */
export function imposerIn(f: string, mentions: Rel[], from: number, to: number, ratePos: number, rateEnd: number): Rel | null {
  let best: Rel | null = null;
  for (const m of mentions) {
    if (m.rel < from || m.relEnd > to || m.compound || (m.place && m.kind !== "name")) continue;
    // "80% duties from China", "a levy imposed by Ottawa": the issuer follows the duty.
    if (m.rel > rateEnd && m.rel - rateEnd < 60 && ISSUED_BY.test(f.slice(Math.max(rateEnd, m.rel - 40), m.rel))) return m;
    // After the rate only the words right next to it name the imposer ("a 39% U.S. tariff").
    if (m.rel > ratePos && m.rel - rateEnd > 12) continue;
    const possessiveRate = m.possessive && m.relEnd < ratePos && /^'s?\s+(?:[\w-]+\s+)?$/.test(f.slice(m.relEnd, ratePos));

    if (possessiveRate || actsOnTariffs(f, m)) {
      const before = (x: Rel) => x.rel < ratePos;
      if (!best || (before(m) && !before(best)) || (before(m) === before(best) && Math.abs(m.rel - ratePos) < Math.abs(best.rel - ratePos))) best = m;
    }
  }
  return best;
}

const INTO = /\b(?:exports?|exported|imports?|shipments?|shipped|sales|sold|goods|products|cars|vehicles)\s+(?:(?:bound\s+)?(?:to|into|in|for)\s+)(?:the\s+)?$|\b(?:entering|enter|enters|reaching)\s+(?:the\s+)?$/i;
const MARKET = /^(?:'s)?\s+(?:market|customs|border|importers|buyers|consumers|(?:[\w-]+\s+)?trading partners)\b/i;

/** The economy goods are sold into is the one charging duty on them: "exports to the US", "cars entering Britain", "U.S. trading partners". */
export function importerIn(f: string, mentions: Rel[], from: number, to: number): Rel | null {
  for (const m of mentions) {
    if (m.rel < from || m.relEnd > to || m.compound) continue;
    m.imports ??= INTO.test(f.slice(Math.max(0, m.rel - 40), m.rel)) || MARKET.test(f.slice(m.relEnd, m.relEnd + 40));
    if (m.imports) return m;
  }
  return null;
}
