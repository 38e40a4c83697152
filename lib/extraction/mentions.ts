import { ALIASES, ALIAS_PATTERN, type AliasKind } from "./gazetteer";

/** One place where the text names an economy. Offsets are absolute in the article. */
export interface EconomyMention {
  start: number;
  end: number;
  code: string;
  kind: AliasKind;
  /** "Japan's", "the EU's": the economy owns what follows (its tariff, its minister). */
  possessive: boolean;
  /** "in Washington", "to Tokyo": a place someone is at, not a party acting. */
  place: boolean;
  /** Part of a hyphenated pair ("India-US", "U.S.-China"): names a relationship, not one side. */
  compound: boolean;
}

// The look-ahead on a capital lets the engine skip most positions before trying the alternation.
const MENTION = new RegExp(`(?=[A-Zt])(?<![\\p{L}\\p{N}])(?:${ALIAS_PATTERN})(?![\\p{L}\\p{N}])`, "gu");
const PLACE_BEFORE = /(?:\b(?:in|at|to|into|near|outside|inside|across|via|toward|towards|leaves for|left for|bound for|arrived in|back to)\s+(?:the\s+)?)$/;

export function findMentions(f: string, offset: number): EconomyMention[] {
  const out: EconomyMention[] = [];
  MENTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MENTION.exec(f)) !== null) {
    const alias = m[0];
    const info = ALIASES.get(alias);
    if (!info || !info.code) continue;
    const end = m.index + alias.length;
    // "US" in capitals inside an all-caps run ("US TRADE") is still the country; "us" never matches.
    const before = f.slice(Math.max(0, m.index - 24), m.index);
    const after = f.slice(end, end + 3);
    const hyphenBefore = /\p{L}\.?[-–]$/u.test(before);
    const hyphenAfter = /^[-–]\p{Lu}/u.test(after);
    out.push({
      start: offset + m.index,
      end: offset + end,
      code: info.code,
      kind: info.kind,
      possessive: /^'s?\b|^'(?!\w)/.test(after),
      place: PLACE_BEFORE.test(before),
      compound: hyphenBefore || hyphenAfter,
    });
  }
  return out;
}
