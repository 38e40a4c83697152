import type { Sector } from "../vocab/vocab";
import { type Context, type SentenceInfo, US, evidenceOf } from "./context";
import { TARIFF_WORD, findRates } from "./rates";
import type { ExtractedTariff } from "./schema";
import { sectorsIn, uniqueSectors } from "./sectors";
import { type Rel, clauseStart, imposerIn, mentionsAllPartners, onPhraseStart, phraseEnd, subjectOf, targetIn } from "./tariff-clauses";
import { tariffKind, tariffStatus } from "./tariff-labels";

/**
 * Tariff facts: every rate in a sentence that talks about tariffs, with who imposes it on whom,
 * on which goods. A rate that names none of these inherits them from the rate before it in the
 * same sentence ("25% on cars and 50% on steel"), then from the paragraph, then from the article's
 * pair of economies.
 */
interface Slot {
  imposer: string;
  targets: string[];
  sectors: Sector[];
  explicitTarget: boolean;
  /** "Each side is suspending…": the rate runs both ways. */
  mirrored: boolean;
}

const OLD_VALUE = /^\s*(?:[\w-]+\s+){0,2}?(?:from|rather than|instead of|down from|up from|compared with)\s*$/i;
const MIRRORED = /\b(?:each side|both sides|each country|both countries|each other|each government)\b/i;
const AFFECTED_BY = /\b(?:affected|hit|hurt|targeted|covered)\s+by\b/i;
const PRODUCT_LIST = /\$\s?\d[\d.,]*\s*(?:billion|million|bn|m)\b[^.]{0,20}\b(?:worth\s+of|of)\b/i;

export function extractTariffs(ctx: Context): ExtractedTariff[] {
  const out = new Map<string, ExtractedTariff>();
  let paragraph = -1;
  let carry: string | null = null;
  let tariffTalk = false;
  for (const info of ctx.sentences) {
    if (info.s.paragraph !== paragraph) {
      paragraph = info.s.paragraph;
      carry = null;
      tariffTalk = false;
    }
    const talk = tariffTalk;
    tariffTalk = TARIFF_WORD.test(info.s.f);
    carry = sentenceTariffs(ctx, info, carry, talk, (t) => {
      const key = `${t.imposer}|${t.target}|${t.sector}|${t.rate}`;
      if (!out.has(key)) out.set(key, t);
    });
  }
  return [...out.values()];
}

function sentenceTariffs(ctx: Context, info: SentenceInfo, carry: string | null, tariffTalk: boolean, emit: (t: ExtractedTariff) => void): string | null {
  const f = info.s.f;
  const base = info.s.start;
  const rates = findRates(f, base, tariffTalk);
  if (!rates.length) return carry;
  const mentions: Rel[] = info.mentions.map((m) => ({ ...m, rel: m.start - base, relEnd: m.end - base }));
  const future = /\b(?:will|would)\b/i.test(f);
  let prev: Slot | null = null;
  rates.forEach((r, i) => {
    const rs = r.start - base;
    const re = r.end - base;
    const floor = i ? rates[i - 1].end - base : 0;
    const ceiling = i + 1 < rates.length ? rates[i + 1].start - base : f.length;
    const cs = clauseStart(f, rs, floor);
    const pe = phraseEnd(f, re, ceiling);
    const oldValue = prev !== null && OLD_VALUE.test(f.slice(floor, rs));
    let slot: Slot;
    if (oldValue && prev) {
      slot = prev;
    } else {
      const imposerM = imposerIn(f, mentions, cs, pe, rs, re) ?? imposerIn(f, mentions, floor, rs, rs, re);
      const imposer = imposerM?.code ?? prev?.imposer ?? US;
      const others = mentions.filter((m) => m.code !== imposer && m !== imposerM);
      const nearM =
        targetIn(f, others, re, pe, "after") ??
        targetIn(f, others, cs, rs, "before") ??
        subjectOf(f, others, floor, rs);
      const inherited = (prev?.targets ?? []).filter((t) => t !== imposer);
      // A paragraph that named the target keeps it ("…, on top of a 25% tariff") before a looser guess.
      const farM = nearM || inherited.length || (carry && carry !== imposer) ? null : targetIn(f, others, floor, rs, "before");
      const targetM = nearM ?? farM;
      const all = mentionsAllPartners(f.slice(cs, pe)) || (targetM !== null && AFFECTED_BY.test(f.slice(targetM.relEnd, rs)));
      const targets: string[] = [];
      if (targetM) targets.push(targetM.code);
      if (all) targets.push("*");
      const explicitTarget = targets.length > 0;
      if (!explicitTarget) {
        const fallback = carry && carry !== imposer ? carry : imposer === US ? ctx.focus ?? "*" : US;
        targets.push(...(inherited.length ? inherited : [fallback]));
      }
      const on = onPhraseStart(f, re, pe);
      let sectors = on === null ? [] : uniqueSectors(sectorsIn(f, on, pe));
      if (!sectors.length) sectors = uniqueSectors(sectorsIn(f, cs, rs));
      // "Japanese vehicles, which have paid 27.5%": the goods are the subject the clause hangs on.
      const comma = f.indexOf(",");
      if (!sectors.length && i === 0 && comma > 0 && comma < rs && /^,\s+(?:which|who|that)\b/.test(f.slice(comma))) sectors = uniqueSectors(sectorsIn(f, 0, comma));
      if (!sectors.length && prev && !explicitTarget) sectors = prev.sectors;
      if (!sectors.length && PRODUCT_LIST.test(f.slice(cs, pe))) sectors = ["other"];
      const mirrored = !imposerM && MIRRORED.test(f.slice(0, rs));
      slot = { imposer, targets: targets.filter((t) => t !== imposer), sectors: sectors.length ? sectors : ["all"], explicitTarget, mirrored };
      if (targetM) carry = targetM.code;
    }
    const window = f.slice(Math.max(floor, cs - 60), pe);
    for (const target of slot.targets) {
      for (const sector of slot.sectors) {
        const input = { window, sector, imposerIsUS: slot.imposer === US, targetIsAll: target === "*", replacedBy: oldValue ? (future ? "future" as const : "past" as const) : null };
        const status = tariffStatus(input);
        const fact: ExtractedTariff = {
          imposer: slot.imposer,
          target,
          sector,
          rate: r.rate,
          kind: tariffKind(input, status),
          status,
          evidence: evidenceOf(ctx, info.s),
          confidence: slot.explicitTarget ? 0.8 : 0.6,
        };
        emit(fact);
        if (target !== "*" && slot.mirrored) {
          emit({ ...fact, imposer: target, target: slot.imposer, kind: tariffKind({ ...input, imposerIsUS: target === US }, status) });
        }
      }
    }
    prev = slot;
  });
  return carry;
}
