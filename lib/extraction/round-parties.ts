import type { Context, SentenceInfo } from "./context";
import type { EconomyMention } from "./mentions";

/**
 * The two sides of the talks each sentence speaks of. A sentence that names a pair outright
 * ("Seoul and Washington will hold…", "EU-China talks", "between Ottawa and Beijing", "Japan's
 * talks with the U.S.") sets it; "the two sides", "both sides", "the talks" and "the negotiations"
 * refer back to the pair named last; otherwise the article's own pair stands.
 */
const JOINED = /^\s*(?:and|-|–|\/)\s*(?:the\s+)?$/i;
const WITH = /^(?:'s)?\s+(?:[\w-]+\s+){0,5}?(?:talks|negotiations|round|dialogue|consultations|meeting|deal)\s+with\s+(?:the\s+)?$/i;
const BETWEEN = /\bbetween\s+(?:the\s+)?$/i;
const ANAPHOR = /\b(?:the two sides|both sides|the two countries|the two governments|the two economies|the talks|the negotiations|those talks)\b/i;

/** The pair sentence `i` speaks of; read only for the few sentences that number a round. */
export function pairOfSentence(ctx: Context, i: number): string[] | undefined {
  const info = ctx.sentences[i];
  const named = explicitPair(info);
  if (named) return named;
  const article = ctx.parties.pair ? [...ctx.parties.pair].sort() : undefined;
  if (!ANAPHOR.test(info.s.f)) return article;
  // A named pair carries through its paragraph; a new paragraph goes back to the article's pair.
  for (let j = i - 1; j >= 0 && ctx.sentences[j].s.paragraph === info.s.paragraph; j--) {
    const earlier = explicitPair(ctx.sentences[j]);
    if (earlier) return earlier;
  }
  return article;
}

export function explicitPair(info: SentenceInfo): string[] | undefined {
  const f = info.s.f;
  const base = info.s.start;
  const ms: EconomyMention[] = info.mentions.filter((m) => !m.place || m.kind !== "capital");
  for (let i = 1; i < ms.length; i++) {
    const [a, b] = [ms[i - 1], ms[i]];
    if (a.code === b.code) continue;
    const between = f.slice(a.end - base, b.start - base);
    const lead = f.slice(Math.max(0, a.start - base - 12), a.start - base);
    if (JOINED.test(between) || WITH.test(between) || (BETWEEN.test(lead) && /^\s+and\s+(?:the\s+)?$/i.test(between))) return [a.code, b.code].sort();
  }
  return undefined;
}
