import type { SentenceInfo } from "./context";
import { type EconomyMention, findMentions } from "./mentions";
import { DEMONYM_GOODS, IMPOSE_VERB, TARIFF_AFTER } from "./tariff-clauses";

/**
 * Which two economies an article is about, and which of them sets the tariffs it reports, read
 * from the text alone: how often each is named (the title counts double), how often it is named
 * together with the leading one, explicit pairings ("EU-China", "between Tokyo and Seoul"), and
 * the grammar of tariff sentences ("Beijing's duties on", "slapped … on Canadian goods").
 * The United States is only the tie-breaker, because most coverage of the period is about it.
 */
export interface Parties {
  /** The two sides, leading one first; null when the article names fewer than two economies. */
  pair: [string, string] | null;
  /** The side whose tariffs the article mainly reports; the other side's are counter-measures. */
  imposer: string | null;
}

const FALLBACK = "USA";
const READ_SENTENCES = 120;
const TARIFF_SENTENCE = /\b(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|counter-?tariffs?|countermeasures)\b/i;
const COUNTER = /\b(?:counter|retaliat\w*|in response|hit back|hits back|struck back|respond\w*|response)\b/i;
/** "Beijing retaliated", "Canada's counter-tariffs", "China hit back": the economy answers the other's tariffs. */
const ANSWERS = /^(?:'s)?\s+(?:[\w-]+\s+){0,3}?(?:counter\w*|retaliat\w*|answer(?:s|ed|ing)?|hit back|hits back|struck back|respond\w*|vow\w* (?:a )?response|in response)/i;
const PAIRING = /^\s*(?:and|-|–|\/)\s*(?:the\s+)?$/i;
const TARGET_LEAD = /\b(?:on|from|against)\s+(?:(?:the|most|all|some)\s+)?$/i;

export function findParties(sentences: SentenceInfo[], title: string | null): Parties {
  const weight = new Map<string, number>();
  const add = (map: Map<string, number>, code: string, w: number) => map.set(code, (map.get(code) ?? 0) + w);
  if (title) for (const m of findMentions(title, 0)) if (!m.place) add(weight, m.code, 2);
  const together = new Map<string, number>();
  const imposes = new Map<string, number>();
  const targeted = new Map<string, number>();
  const answers = new Map<string, number>();
  // An article establishes its sides early; a very long page need not be read to the end for them.
  for (const info of sentences.slice(0, READ_SENTENCES)) {
    const named = info.mentions.filter((m) => !m.place);
    for (const m of named) add(weight, m.code, 1);
    const codes = [...new Set(named.map((m) => m.code))];
    for (const a of codes) for (const b of codes) if (a < b) add(together, `${a}|${b}`, 1);
    // "EU-China talks", "Washington and Beijing": a pair named as such counts for more than co-occurrence.
    for (let i = 1; i < named.length; i++) {
      const [a, b] = [named[i - 1], named[i]];
      if (a.code !== b.code && PAIRING.test(info.s.f.slice(a.end - info.s.start, b.start - info.s.start))) add(together, [a.code, b.code].sort().join("|"), 2);
    }
    tallyTariffRoles(info.s.f, info.s.start, named, imposes, targeted, answers);
  }
  // The title says who acts: "Mexico proposes 50% tariff on Chinese cars; Beijing vows response".
  if (title) tallyTariffRoles(title, 0, findMentions(title, 0).filter((m) => !m.place), imposes, targeted, answers, 2);
  const ranked = [...weight].sort((a, b) => b[1] - a[1] || Number(b[0] === FALLBACK) - Number(a[0] === FALLBACK));
  if (!ranked.length) return { pair: null, imposer: null };
  if (ranked.length === 1) {
    // One economy named as an actor: the other side is where the talks are held ("in Washington"),
    // else the United States, whose tariffs most such stories are about.
    const only = ranked[0][0];
    const other = placeEconomy(sentences, only) ?? (only === FALLBACK ? null : FALLBACK);
    if (!other) return { pair: null, imposer: only };
    const imposer = (imposes.get(only) ?? 0) > (targeted.get(only) ?? 0) ? only : other;
    return { pair: [only, other], imposer };
  }
  const lead = ranked[0][0];
  const bond = (code: string) => (weight.get(code) ?? 0) + 2 * (together.get([lead, code].sort().join("|")) ?? 0);
  const second = ranked
    .slice(1)
    .map(([code]) => code)
    .sort((a, b) => bond(b) - bond(a) || Number(b === FALLBACK) - Number(a === FALLBACK))[0];
  const pair: [string, string] = [lead, second];
  // One side told as answering the other, clearly more often than the reverse, settles it;
  // otherwise who imposes on whom more often.
  const [x, y] = pair.map((c) => answers.get(c) ?? 0);
  if (x >= 1 && x > 2 * y) return { pair, imposer: second };
  if (y >= 1 && y > 2 * x) return { pair, imposer: lead };
  const direction = (from: string, to: string) => (imposes.get(from) ?? 0) + (targeted.get(to) ?? 0);
  const forward = direction(lead, second);
  const backward = direction(second, lead);
  // Two sides meeting "to talk about US tariffs": the tariffs the article reports are a third economy's
  // when it alone is told imposing them, at least twice.
  const outside = [...imposes].filter(([code, n]) => !pair.includes(code) && n >= 2).sort((a, b) => b[1] - a[1])[0];
  if (outside && !pair.some((c) => (imposes.get(c) ?? 0) > 0)) return { pair, imposer: outside[0] };
  const imposer = forward > backward ? lead : backward > forward ? second : pair.includes(FALLBACK) ? FALLBACK : lead;
  return { pair, imposer };
}

function tallyTariffRoles(
  f: string,
  base: number,
  named: EconomyMention[],
  imposes: Map<string, number>,
  targeted: Map<string, number>,
  answers: Map<string, number>,
  weight = 1,
): void {
  const add = (map: Map<string, number>, code: string, w: number) => map.set(code, (map.get(code) ?? 0) + w);
  const counter = COUNTER.test(f);
  const answering = new Set<EconomyMention>();
  if (counter) {
    for (const m of named) {
      if (!m.compound && ANSWERS.test(f.slice(m.end - base, m.end - base + 100))) {
        add(answers, m.code, weight);
        answering.add(m);
      }
    }
  }
  if (!TARIFF_SENTENCE.test(f)) return;
  for (const m of named) {
    if (m.compound) continue;
    const tail = f.slice(m.end - base, m.end - base + 100);
    const lead = f.slice(Math.max(0, m.start - base - 20), m.start - base);
    if (answering.has(m)) continue;
    // Imposing in a sentence about answering may be either side's act, so it counts for little.
    if (TARIFF_AFTER.test(tail) || IMPOSE_VERB.test(tail)) add(imposes, m.code, (counter ? 0.25 : 1) * weight);
    else if (TARGET_LEAD.test(lead) || (m.kind === "demonym" && DEMONYM_GOODS.test(tail))) add(targeted, m.code, weight);
  }
}

/** The other side of the article's pair, or null when `code` is not one of the two. */
export function otherParty(parties: Parties, code: string): string | null {
  if (!parties.pair) return null;
  const [a, b] = parties.pair;
  return code === a ? b : code === b ? a : null;
}

/** The economy most often named as a place ("talks in Washington"), other than `not`. */
function placeEconomy(sentences: SentenceInfo[], not: string): string | null {
  const counts = new Map<string, number>();
  for (const info of sentences) for (const m of info.mentions) if (m.place && m.code !== not) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
