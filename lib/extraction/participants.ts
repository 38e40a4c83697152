import { type Context, type SentenceInfo, US, evidenceOf, nearestEconomy } from "./context";
import { otherParty } from "./parties";
import type { Person } from "./people";
import { EU_ROLE, FOREIGN_ROLE, UK_ROLE, US_ROLE } from "./roles";
import type { Official } from "./officials";
import type { ExtractedParticipant, PersonLink } from "./schema";

/**
 * Which side each titled person speaks for. In order of trust: an economy named in the title;
 * a title only one government uses; acting as the one who sets the article's tariffs; a minister's
 * title (the U.S. has none) with the nearest other economy; a pairing with someone already placed
 * ("X and Y agreed", "a call with Y") puts the unplaced one on the other side.
 */
const TARIFF_WORD = /\b(?:tariffs?|dut(?:y|ies)|levy|levies|rates?)\b/i;
const AGENT_AFTER =
  /^(?:'s)?\s+(?:(?:had|has|have|first|then|also|later|again|once)\s+){0,2}(?:announced|threatened|warned|imposed|set|ordered|signed|raised|slapped|doubled|hiked|promised|vowed|announces|threatens|warns|imposes|sets|orders|signs|raises|slaps)\b/;
const OWNS_TARIFF = /^'s\s+(?:[\w-]+\s+){0,4}?(?:tariffs?|levy|levies|duties|duty)\b|^\s+administration\b/;
const PAIRING = /^(?:(?!;)[\s\S]){0,90}$/;
const PAIR_WORD = /\b(?:and|with|to|met|meet|meeting|seeing|between|call|spoke|talks|counterpart)\b/;
/** Words that put a minister opposite someone already placed; "and" alone may join colleagues. */
const FACING_WORD = /\b(?:with|met|meet|meets|meeting|between|spoke|call|counterparts?|while|whereas)\b/;
const CLAUSE_CUT = /[;]|,\s+(?:while|whereas|but|and|as)\s/g;

export interface Placed {
  country: string;
  confidence: number;
}

/** Every titled or linked person with the economy they speak for, participants or not. */
export function placePeople(ctx: Context): Map<Person, Placed> {
  const placed = new Map<Person, Placed>();
  const roleSentence = (p: Person) => ctx.sentences[p.sentence];
  // A U.S. official's counterpart is usually named beside them ("after meeting the Philippine president").
  const otherSide = (code: string, info: SentenceInfo, pos: number) =>
    (code === US ? nearestEconomy(info, pos, (c) => c === US) : null) ?? otherParty(ctx.parties, code) ?? nearestEconomy(info, pos, (c) => c === code);
  const imposer = ctx.parties.imposer ?? US;
  // Ministers: the side of the pair that has ministers, i.e. not the United States.
  const ministerSide = ctx.parties.pair?.find((c) => c !== US) ?? null;

  // Who the person is decides first: a linked office-holder's economy is not read from the sentence.
  for (const p of ctx.people) if (p.economy) placed.set(p, { country: p.economy, confidence: 0.95 });
  // "Ana Lima of Brazil", "counterparts X from Japan and Y from China": the economy right after the name.
  for (const p of ctx.people) {
    if (placed.has(p)) continue;
    const country = economyAfterName(ctx, p);
    if (country) placed.set(p, { country, confidence: 0.85 });
  }
  for (const p of ctx.people) {
    if (placed.has(p)) continue;
    const byTitle = p.roleCountry ?? (US_ROLE.test(p.role) ? US : EU_ROLE.test(p.role) ? "EUN" : UK_ROLE.test(p.role) ? "GBR" : null);
    if (byTitle) placed.set(p, { country: byTitle, confidence: p.roleCountry ? 0.9 : 0.85 });
  }
  for (const p of ctx.people) {
    if (placed.has(p) || FOREIGN_ROLE.test(p.role)) continue;
    if (setsTariffs(ctx, p)) placed.set(p, { country: imposer, confidence: 0.7 });
  }
  // Only sentences naming two or more known people can pair anyone; the passes below revisit them.
  const together = ctx.sentences.filter((info) => info.refs.length > 1);
  const pairUp = (strict: boolean) => {
    for (let pass = 0; pass < 2; pass++) {
      for (const info of together) {
        for (const a of info.refs) {
          for (const b of info.refs) {
            if (a.person === b.person || placed.has(b.person) || !placed.has(a.person) || (strict && !FOREIGN_ROLE.test(b.person.role))) continue;
            const [x, y] = a.start < b.start ? [a, b] : [b, a];
            const between = ctx.doc.folded.slice(x.end, y.start);
            if (!PAIRING.test(between) || !(strict ? FACING_WORD : PAIR_WORD).test(between)) continue;
            const country = otherSide(placed.get(a.person)!.country, info, b.start);
            // The U.S. has no ministers, so a minister paired with an American is never one.
            if (country && !(country === US && FOREIGN_ROLE.test(b.person.role))) placed.set(b.person, { country, confidence: 0.65 });
          }
        }
      }
    }
  };
  // "A spoke with Minister B", "A led one side, while Minister B …": a minister facing a placed person is on the other side.
  pairUp(true);
  for (const p of ctx.people) {
    if (placed.has(p) || !FOREIGN_ROLE.test(p.role)) continue;
    // Only the minister's own clause: "A led the Canadian side, while Minister B headed the visitors".
    const country = clauseEconomy(ctx, roleSentence(p), p.start);
    if (country) placed.set(p, { country, confidence: 0.75 });
  }
  pairUp(true);
  pairUp(false);
  // Ministers whose clause names no economy: the sentence's nearest, else the side that has ministers,
  // and then whoever is paired with them.
  for (const p of ctx.people) {
    if (placed.has(p) || !FOREIGN_ROLE.test(p.role)) continue;
    const country = nearestEconomy(roleSentence(p), p.start, (c) => c === US) ?? ministerSide;
    if (country) placed.set(p, { country, confidence: 0.6 });
  }
  pairUp(false);
  for (const p of ctx.people) {
    if (placed.has(p)) continue;
    // Americans nearly always carry a U.S.-only title or a "U.S." in it, so the rest lean to the partner.
    const country = nearestEconomy(roleSentence(p), p.start, (c) => c === US) ?? ministerSide;
    if (country) placed.set(p, { country, confidence: 0.5 });
  }
  return placed;
}

/** The tracker's own people enter the directory with no reference page: that is how they are told apart. */
const linkOf = (o: Official): PersonLink =>
  o.source ? { office: o.office, source: "directory", reference: o.source } : { office: o.office, source: "records", reference: null };

export function extractParticipants(ctx: Context, placed: Map<Person, Placed> = placePeople(ctx)): ExtractedParticipant[] {
  return ctx.people.flatMap((p) => {
    const where = placed.get(p);
    if (!where || !takesPart(ctx, p, where.country, placed)) return [];
    const linkedTo = p.official && p.economy === where.country ? linkOf(p.official) : null;
    return [{ name: p.name, country: where.country, role: p.role, linkedTo, evidence: evidenceOf(ctx, ctx.sentences[p.sentence].s), confidence: where.confidence }];
  });
}

/** Offices whose holders talk about negotiations without being a side in them. */
const BYSTANDER_KINDS = new Set(["spokesperson", "envoy", "subnational", "opposition", "legislator"]);
const SPEAKS_FOR = /\b(?:spokes(?:person|man|woman)|press secretary)\b/i;
const FORMER = /\b(?:former|ex-)/i;
/** Titles of commentators, not officials: analysts, economists, researchers, business people. */
const COMMENTATOR =
  /\b(?:analysts?|economists?|professor|researcher|research|fellow|strategist|scholar|expert|think[- ]tank|institute|university|consultancy|bank|chief executive|ceo|founder|lobby|association|federation|chamber|company|corporation|corp|inc|ltd|holdings)\b/i;
/** A host who opens or welcomes talks between others ("Prime Minister X, who hosted the talks"). */
const HOSTS = /^(?:'s)?,?\s+(?:who\s+)?(?:(?:has|had|also)\s+)?(?:welcom|host|greet|open(?:ed|s)\s+the|receiv)/i;
const DAY_MS = 86_400_000;
/** An ambassador posted abroad speaks about talks; a trade representative with the style "Ambassador" is linked above. */
const ENVOY = /\bambassador\b/i;
const PROVINCE =
  /\b(?:provinc\w*|state government|Ontario|Quebec|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|California|Texas|Bavaria)\b/;

/** A provincial premier or a state governor: "Ontario Premier X", "the provincial government, whose Premier X". */
function subnational(ctx: Context, p: Person): boolean {
  if (!/\b(?:premier|governor)\b/i.test(p.role)) return false;
  return PROVINCE.test(p.role) || PROVINCE.test(ctx.doc.folded.slice(Math.max(0, p.start - 60), p.start));
}

/**
 * Whether a placed person took part in the talks: not a spokesperson, envoy, provincial premier or
 * commentator; not someone out of office ("former President", a past leader named as history); and,
 * when the article has two sides, from one of them, unless set facing someone from a side
 * ("received his counterparts X from Japan and Y from China").
 */
function takesPart(ctx: Context, p: Person, country: string, placed: Map<Person, Placed>): boolean {
  if (p.official && BYSTANDER_KINDS.has(p.official.kind)) return false;
  if (!p.official && (ENVOY.test(p.role) || subnational(ctx, p))) return false;
  if (SPEAKS_FOR.test(p.role) || FORMER.test(p.role) || COMMENTATOR.test(p.role)) return false;
  // Out of office a month or more before publication: history, unless written as "then Finance Minister".
  if (p.official?.to && !/\bthen\b/i.test(p.role) && ctx.pub * DAY_MS - Date.parse(p.official.to) > 30 * DAY_MS) return false;
  const sides = ctx.parties.pair;
  if (!sides || sides.includes(country)) return true;
  if (hosts(ctx, p)) return false;
  return facesASide(ctx, p, country, sides, placed);
}

function hosts(ctx: Context, p: Person): boolean {
  for (const info of ctx.sentences) {
    for (const r of info.refs) if (r.person === p && HOSTS.test(ctx.doc.folded.slice(r.end, r.end + 40))) return true;
  }
  return false;
}

function facesASide(ctx: Context, p: Person, country: string, sides: string[], placed: Map<Person, Placed>): boolean {
  for (const info of ctx.sentences) {
    const mine = info.refs.filter((r) => r.person === p);
    if (!mine.length) continue;
    for (const other of info.refs) {
      const where = placed.get(other.person);
      if (!where || where.country === country || !sides.includes(where.country)) continue;
      for (const r of mine) {
        const [x, y] = r.start < other.start ? [r, other] : [other, r];
        const between = ctx.doc.folded.slice(x.end, y.start);
        if (PAIRING.test(between) && FACING_WORD.test(between)) return true;
      }
    }
  }
  return false;
}

/** The person is the one setting or threatening tariffs ("Trump announced a 34% tariff"). */
function setsTariffs(ctx: Context, p: Person): boolean {
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

const OF_ECONOMY = /^,?\s+(?:of|from)\s+(?:the\s+)?$/;

function economyAfterName(ctx: Context, p: Person): string | null {
  for (const info of ctx.sentences) {
    for (const r of info.refs) {
      if (r.person !== p) continue;
      const next = info.mentions.find((m) => m.start >= r.end && m.start - r.end <= 12);
      if (next && !next.compound && OF_ECONOMY.test(ctx.doc.folded.slice(r.end, next.start))) return next.code;
    }
  }
  return null;
}

/** "his New Zealand counterpart": an economy that belongs to the counterpart named after it, not to the subject. */
const COUNTERPART_AFTER = /^\s+(?:trade\s+|finance\s+|economy\s+)?counterparts?\b/;

/** The economy nearest a title within its own clause, the United States aside. */
function clauseEconomy(ctx: Context, info: SentenceInfo, pos: number): string | null {
  const f = info.s.f;
  const rel = pos - info.s.start;
  let from = 0;
  let to = f.length;
  CLAUSE_CUT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_CUT.exec(f)) !== null) {
    if (m.index < rel) from = m.index + m[0].length;
    else {
      to = m.index;
      break;
    }
  }
  const inClause = {
    ...info,
    mentions: info.mentions.filter((x) => x.start - info.s.start >= from && x.end - info.s.start <= to && !(x.start > pos && COUNTERPART_AFTER.test(f.slice(x.end - info.s.start, x.end - info.s.start + 30)))),
  };
  return nearestEconomy(inClause, pos, (c) => c === US);
}
