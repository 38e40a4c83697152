import type { EconomyMention } from "./mentions";
import { SECTOR_PATTERN } from "./sectors";

/**
 * The stretch of a sentence that belongs to one rate: the clause leading up to it and the noun
 * phrase after it ("25% on cars, steel and aluminum"). Offsets are relative to the sentence.
 */
const BEFORE_CUT = /[,;:—–(]|\b(?:after|before|when|while|whereas|but|although|though|because|since|as|until|unless|which|who|plus)\b/g;
const SECTOR_WORDS = SECTOR_PATTERN.source.replace(/^\\b/, "").replace(/\\b$/, "");
const AFTER_CUT = new RegExp(
  String.raw`[;—–(]|\s(?:after|before|when|while|whereas|but|although|though|because|since|until|unless|if|as|which|who|even|then|adding|citing|saying)\s|,(?!\s+(?:and\s+)?(?:(?:American|U\.S\.|US|foreign|imported)\s+)?${SECTOR_WORDS})`,
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
const DEMONYM_GOODS = new RegExp(`^(?:-\\w+)?\\s+(?:[\\w-]+\\s+)?${GOODS}\\b`, "i");
const ALL_PARTNERS =
  /\b(?:(?:nearly|almost|virtually|practically)\s+)?(?:all|most|every|any)\s+(?:other\s+)?(?:of\s+(?:its|their|the)\s+)?(?:(?:u\.s\.|us|american|foreign|major)\s+)?(?:trading partners?|countries|country|nations?|economies|partners|foreign)\b|\bmost foreign\b|\b(?:global|worldwide|universal)\b|\bimports from everywhere\b/i;

export function mentionsAllPartners(text: string): boolean {
  return ALL_PARTNERS.test(text);
}

export type Rel = EconomyMention & { rel: number; relEnd: number };

/** Sector words only count after a rate inside its own "on …" phrase ("25% on cars"), not "25% and steel". */
export function onPhraseStart(f: string, rateEnd: number, end: number): number | null {
  const m = /^\s*(?:[\w"'-]+\s+){0,4}?(?:on|for|covering|against)\s/i.exec(f.slice(rateEnd, end));
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

const IMPOSE_VERB =
  /^(?:'s)?\s+(?:(?:will|would|has|have|had|then|also|first|plans to|is to|could|now|later)\s+){0,2}(?:impose[sd]?|put|puts|placed|places|slapped|slaps|raised|raises|set|sets|cut|cuts|lowered|lowers|answered|retaliated|charges?|charged|levied|levies|doubled|hiked|applied|applies|threatened|announced|extended|drop|drops|dropped|lift|lifts|lifted|keep|keeps|kept|removed|suspend(?:s|ed|ing)?|pledged)\b/i;
const TARIFF_AFTER = /^(?:'s?)?\s+(?:(?:new|own|current|existing|higher|lower|additional|extra|separate|combined|total|punishing|reciprocal|"reciprocal"|retaliatory|counter|sectoral|sector-specific|national-security|blanket)\s+)*(?:tariffs?|dut(?:y|ies)|levy|levies|counter-?tariffs?|countermeasures|rates?|total|side)\b/i;

/** The economy that imposes the tariff: "U.S. tariff", "China's duties", "Canada imposed", "on the American side". */
export function imposerIn(f: string, mentions: Rel[], from: number, to: number, ratePos: number, rateEnd: number): Rel | null {
  let best: Rel | null = null;
  for (const m of mentions) {
    if (m.rel < from || m.relEnd > to || m.compound || (m.place && m.kind !== "name")) continue;
    // After the rate only the words right next to it name the imposer ("a 39% U.S. tariff").
    if (m.rel > ratePos && m.rel - rateEnd > 12) continue;
    const tail = f.slice(m.relEnd, m.relEnd + 60);
    const lead = f.slice(Math.max(0, m.rel - 12), m.rel);
    const possessiveRate = m.possessive && m.relEnd < ratePos && /^'s?\s+(?:[\w-]+\s+)?$/.test(f.slice(m.relEnd, ratePos));
    const sideOf = /\bthe\s+$/.test(lead) && /^\s+side\b/.test(tail);
    if (TARIFF_AFTER.test(tail) || IMPOSE_VERB.test(tail) || possessiveRate || sideOf) {
      const before = (x: Rel) => x.rel < ratePos;
      if (!best || (before(m) && !before(best)) || (before(m) === before(best) && Math.abs(m.rel - ratePos) < Math.abs(best.rel - ratePos))) best = m;
    }
  }
  return best;
}
