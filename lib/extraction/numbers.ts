/** Numbers and ordinals written in words, as news copy spells them. */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

/** Regex source for a cardinal in words up to 999 ("one hundred and forty-five"). */
const UNIT_WORD = Object.keys(UNITS).sort((a, b) => b.length - a.length).join("|");
const TENS_WORD = Object.keys(TENS).join("|");
const BELOW_100 = `(?:(?:${TENS_WORD})(?:[- ](?:${UNIT_WORD}))?|${UNIT_WORD})`;
export const CARDINAL_WORDS = `(?:(?:${UNIT_WORD})\\s+hundred(?:\\s+(?:and\\s+)?${BELOW_100})?|${BELOW_100})`;

export const ORDINAL_WORDS = `(?:(?:${TENS_WORD})[- ](?:${Object.keys(ORDINAL_UNITS).slice(0, 9).join("|")})|${Object.keys(ORDINAL_UNITS).join("|")})`;
export const ORDINAL_DIGITS = String.raw`\d{1,3}(?:st|nd|rd|th)`;

/** "one hundred and forty-five" → 145; null when the words are not a number. */
export function parseCardinal(words: string): number | null {
  const tokens = words.toLowerCase().replace(/-/g, " ").split(/\s+/).filter((t) => t && t !== "and");
  let total = 0;
  let current = 0;
  for (const t of tokens) {
    if (t in UNITS) current += UNITS[t];
    else if (t in TENS) current += TENS[t];
    else if (t === "hundred") current = (current || 1) * 100;
    else return null;
  }
  total += current;
  return tokens.length ? total : null;
}

/** "sixth" → 6, "twenty-first" → 21, "8th" → 8. */
export function parseOrdinal(word: string): number | null {
  const w = word.toLowerCase();
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  if (w in ORDINAL_UNITS) return ORDINAL_UNITS[w];
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(w);
  if (compound && compound[1] in TENS && compound[2] in ORDINAL_UNITS) return TENS[compound[1]] + ORDINAL_UNITS[compound[2]];
  return null;
}

/** A count written either way: "90", "two", "a" (one). */
export function parseCount(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  if (/^an?$/i.test(word)) return 1;
  return parseCardinal(word);
}
