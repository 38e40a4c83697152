import { CARDINAL_WORDS, parseCardinal } from "./numbers";

/**
 * Percentages that are tariff rates: "25%", "10 percent", "35 per cent", "fifteen percent",
 * "one hundred and forty-five percent". Percentage points, shares ("80% of exports") and market
 * moves ("inflation quickens to 3.5%") are not rates.
 */
export interface RateMention {
  rate: number;
  start: number;
  end: number;
}

const RATE = new RegExp(
  String.raw`(?<![\d.,])(\d{1,3}(?:\.\d{1,2})?)[\s-]?(?:%|percent\b|per[\s-]?cent\b|pct\b)|\b(${CARDINAL_WORDS})[\s-](?:percent|per[\s-]?cent)\b`,
  "gi",
);
export const TARIFF_WORD = /\b(?:tariffs?|dut(?:y|ies)|levy|levies|rates?|tax(?:es)?|charge|surcharge|surtax(?:es)?|counter-?tariffs?|countermeasures|reciprocal|baseline|anti-dumping|countervailing|(?:anti-dumping|provisional|cash|duty|security|import) deposits?|deposits? on)\b/i;
const NOT_TARIFF_NEAR =
  /\b(?:inflation|gdp|growth|profits?|revenues?|sales|stocks?|shares|index|yields?|unemployment|jobless|approval|interest|policy rate|stake|margins?|prices?|quickens?|fell|falls|rose|rises|jumped|jumps|climbed|slid|grew|gained|majority|turnout|drug prices|by up to)\b/i;

/** `inTariffTalk`: the paragraph was already about tariffs ("Energy and potash … pay 10 per cent"). */
export function findRates(f: string, offset: number, inTariffTalk = false): RateMention[] {
  if (!TARIFF_WORD.test(f) && !(inTariffTalk && /\b(?:pays?|paying|paid|faces?|facing|charged|levied|subject to|impos(?:e|es|ed|ing)|slap(?:s|ped)?|reduced|lowered|cut|raised|increased|hiked)\b/i.test(f))) return [];
  const out: RateMention[] = [];
  RATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RATE.exec(f)) !== null) {
    const rate = m[1] !== undefined ? Number(m[1]) : parseCardinal(m[2]);
    if (rate === null || !Number.isFinite(rate) || rate > 1000) continue;
    const end = m.index + m[0].length;
    const after = f.slice(end, end + 24);
    if (/^\s+(?:of|points?)\b|^\s*(?:percentage|stake)/i.test(after)) continue;
    const before = f.slice(Math.max(0, m.index - 40), m.index);
    if (NOT_TARIFF_NEAR.test(before) && !TARIFF_WORD.test(before + f.slice(end, end + 16))) continue;
    out.push({ rate, start: offset + m.index, end: offset + end });
  }
  return out;
}
