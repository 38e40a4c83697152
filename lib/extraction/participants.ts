import { type Context, type SentenceInfo, US, evidenceOf, nearestEconomy } from "./context";
import type { Person } from "./people";
import { EU_ROLE, FOREIGN_ROLE, US_ROLE } from "./roles";
import type { ExtractedParticipant } from "./schema";

/**
 * Which side each titled person speaks for. In order of trust: an economy named in the title;
 * a title only one government uses; acting as the one who sets U.S. tariffs; a minister's title
 * (the U.S. has none) with the nearest other economy; a pairing with someone already placed
 * ("X and Y agreed", "a call with Y") puts the unplaced one on the other side.
 */
const TARIFF_WORD = /\b(?:tariffs?|dut(?:y|ies)|levy|levies|rates?)\b/i;
const AGENT_AFTER =
  /^(?:'s)?\s+(?:(?:had|has|have|first|then|also|later|again|once)\s+){0,2}(?:announced|threatened|warned|imposed|set|ordered|signed|raised|slapped|doubled|hiked|promised|vowed|announces|threatens|warns|imposes|sets|orders|signs|raises|slaps)\b/;
const OWNS_TARIFF = /^'s\s+(?:[\w-]+\s+){0,4}?(?:tariffs?|levy|levies|duties|duty)\b|^\s+administration\b/;
const PAIRING = /^(?:(?!;)[\s\S]){0,90}$/;
const PAIR_WORD = /\b(?:and|with|to|met|meet|meeting|seeing|between|call|spoke|talks)\b/;

interface Placed {
  country: string;
  confidence: number;
}

export function extractParticipants(ctx: Context): ExtractedParticipant[] {
  const placed = new Map<Person, Placed>();
  const roleSentence = (p: Person) => ctx.sentences[p.sentence];
  const otherSide = (code: string, info: SentenceInfo, pos: number) =>
    code === US ? nearestEconomy(info, pos, (c) => c === US) ?? ctx.focus : US;

  for (const p of ctx.people) {
    const byTitle = p.roleCountry ?? (US_ROLE.test(p.role) ? US : EU_ROLE.test(p.role) ? "EUN" : null);
    if (byTitle) placed.set(p, { country: byTitle, confidence: p.roleCountry ? 0.9 : 0.85 });
  }
  for (const p of ctx.people) {
    if (placed.has(p) || FOREIGN_ROLE.test(p.role)) continue;
    if (actsForUS(ctx, p)) placed.set(p, { country: US, confidence: 0.7 });
  }
  for (const p of ctx.people) {
    if (placed.has(p) || !FOREIGN_ROLE.test(p.role)) continue;
    const country = nearestEconomy(roleSentence(p), p.start, (c) => c === US) ?? ctx.focus;
    if (country) placed.set(p, { country, confidence: 0.75 });
  }
  for (let pass = 0; pass < 2; pass++) {
    for (const info of ctx.sentences) {
      for (const a of info.refs) {
        for (const b of info.refs) {
          if (a.person === b.person || placed.has(b.person) || !placed.has(a.person)) continue;
          const [x, y] = a.start < b.start ? [a, b] : [b, a];
          const between = ctx.doc.folded.slice(x.end, y.start);
          if (!PAIRING.test(between) || !PAIR_WORD.test(between)) continue;
          const country = otherSide(placed.get(a.person)!.country, info, b.start);
          if (country) placed.set(b.person, { country, confidence: 0.65 });
        }
      }
    }
  }
  for (const p of ctx.people) {
    if (placed.has(p)) continue;
    // Americans nearly always carry a U.S.-only title or a "U.S." in it, so the rest lean to the partner.
    const country = nearestEconomy(roleSentence(p), p.start, (c) => c === US) ?? ctx.focus;
    if (country) placed.set(p, { country, confidence: 0.5 });
  }
  return ctx.people.flatMap((p) => {
    const where = placed.get(p);
    if (!where) return [];
    return [{ name: p.name, country: where.country, role: p.role, evidence: evidenceOf(ctx, roleSentence(p).s), confidence: where.confidence }];
  });
}

/** The person is the one setting or threatening tariffs ("Trump announced a 34% tariff"). */
function actsForUS(ctx: Context, p: Person): boolean {
  for (const info of ctx.sentences) {
    if (!TARIFF_WORD.test(info.s.f) || /\b(?:counter|retaliat)/i.test(info.s.f)) continue;
    for (const ref of info.refs) {
      if (ref.person !== p) continue;
      const after = ctx.doc.folded.slice(ref.end, ref.end + 60);
      if (AGENT_AFTER.test(after) || OWNS_TARIFF.test(after)) return true;
    }
  }
  return false;
}
