/**
 * A length-preserving fold: every UTF-16 unit maps to exactly one unit, so a match found in the
 * folded text has the same offsets in the original. Accents are dropped ("Việt Nam" → "Viet Nam"),
 * typographic quotes and spaces become ASCII; case is kept because proper nouns carry meaning.
 */
const cache = new Map<number, string>();

const SPECIAL: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u02BC": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u00A0": " ",
  "\u2009": " ",
  "\u202F": " ",
  "\u0111": "d",
  "\u0110": "D",
  "\u0142": "l",
  "\u0141": "L",
  "\u00F8": "o",
  "\u00D8": "O",
  "\u00DF": "s",
};

function foldUnit(code: number): string {
  const hit = cache.get(code);
  if (hit !== undefined) return hit;
  const ch = String.fromCharCode(code);
  let out = SPECIAL[ch];
  if (out === undefined) {
    // Lone surrogates and astral halves stay as they are; normalize() on them is a no-op anyway.
    const base = code >= 0xd800 && code <= 0xdfff ? ch : ch.normalize("NFD").charAt(0);
    out = base.length === 1 && base.charCodeAt(0) < 0x250 ? base : ch;
  }
  cache.set(code, out);
  return out;
}

export function foldText(text: string): string {
  let out = "";
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const folded = foldUnit(code);
    if (folded.charCodeAt(0) === code) continue;
    out += text.slice(runStart, i) + folded;
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/** Folds case, accents and punctuation: the key by which names are compared. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
