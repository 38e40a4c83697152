import type { Sector, TariffKind, TariffStatus } from "../vocab/vocab";
import { dayOf } from "./calendar";
import { type Context, type SentenceInfo, US, evidenceOf } from "./context";
import { otherParty } from "./parties";
import { TARIFF_WORD, findRates } from "./rates";
import type { ExtractedTariff } from "./schema";
import { sectorsIn, uniqueSectors } from "./sectors";
import { type Rel, clauseStart, importerIn, imposerIn, mentionsAllPartners, onPhraseStart, phraseEnd, subjectOf, targetIn } from "./tariff-clauses";
import { hasCue, kindReader, tariffStatus } from "./tariff-labels";

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

const OLD_VALUE = /^\s*(?:[\w-]+\s+){0,2}?(?:from|rather than|instead of|down from|up from|compared with)(?:\s+(?:the|a|an|its|their|his|her|previous|prior|earlier|original|originally|proposed|announced|current|existing))*\s*$/i;
/** "Each side is suspending…", "both countries will cut": the rate runs both ways only when the pair is the subject of a tariff verb. */
const MIRRORED = /\b(?:each side|both sides|each country|both countries|each government)\b(?:\s+\w+){0,3}?\s+(?:cut|cuts|lower\w*|reduc\w*|rais\w*|suspend\w*|paus\w*|lift\w*|remov\w*|impos\w*|slash\w*|roll\w*|scrap\w*|drop\w*|keep\w*|kept|maintain\w*|appl\w*|levy|levied|charg\w*|halv\w*)\b|\b(?:on|against) each other\b/i;
const INCLUDING = /^,?\s+(?:including|such as|notably)\s+[^;:.()]{0,90}?(?=[;:.()]|,\s+(?:a|an|the|which|but|while|and the)\s|$)/i;
const IMPORTED = /\b(?:imported|foreign-made|foreign|global|worldwide)\s|\bimports?\s+(?:of|into|to|entering)\b|\b(?:car|auto|steel|aluminum|aluminium|truck|lumber|copper|chip|drug|vehicle)\s+imports\b|\b(?:all|any)\s+imports?\b/i;
const RATE_PAID = /^'s?\s+(?:[\w-]+\s+){0,2}?rate\s+(?:of\s*|(?:was|is|has been|had been|will be)\s+(?:[\w-]+\s+)?(?:to|at)\s*)#|^'s?\s+(?:[\w-]+\s+)?#\s*(?:[\w-]+\s+)?rate\b/i;
const HEAD_GOODS = /\b(?:rates?|tariffs?|dut(?:y|ies)|lev(?:y|ies)|reprieve|relief|exemptions?)\s+(?:for|on)\s+(?:the\s+)?([^,;]{1,60})/i;
const AVERAGE = /\baverage\s+(?:[\w-]+\s+){0,2}(?:tariffs?|dut(?:y|ies)|rates?)\b[^,;]{0,30}$/i;
/** "hoping to land a rate under 12%", "Bringing dairy duties to 5% is the aim": a goal, not a rate. */
const GOAL = /\b(?:aim\w*|seek\w*|secur\w*|target\w*|goal|hop\w*|want\w*|push\w*|get|getting|bring\w*|striv\w*)\b[^.;]{0,50}\b(?:below|under|less than|lower than|no more than|at most)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
/** A sentence or quote that opens on the aim: "Bringing dairy duties to 5% is …". */
const GOAL_OPENING = /^\W*(?:getting|bringing)\s+(?:[\w-]+\s+){0,3}(?:tariffs?|duties|rates?|levies)\s+(?:down\s+)?to\s*$/i;
const GENERAL_GOODS = /^\s*(?:[\w.'-]+\s+){0,3}?(?:goods|products|imports|exports|items|shipments)\b/i;
const AFFECTED_BY = /\b(?:affected|hit|hurt|targeted|covered)\s+by\b/i;
const CHANGE_BEFORE = /\b(?:cut|cuts|lower\w*|reduc\w*|rais\w*|increas\w*|lift\w*|hik\w*|slash\w*|halv\w*|bring|brings|brought|take|takes|took)\s+(?:its|the|their|his|her|a|an|that|this)\s+(?:[\w"-]+\s+)?$/i;
const TO_NEXT = /^[^,;.]{0,70}?\bto\s*$/i;
const CONTINUATION = /^[^.;]{0,100}?,?\s+(?:and|then|rising|falling|before (?:rising|falling))\s+(?:then\s+|later\s+|eventually\s+)?(?:to|at)\s*$/i;
const TOTAL_OF = /\b(?:for|to|bringing (?:it|the total) to|taking (?:it|the total) to)\s+a\s+(?:total|combined)(?:\s+(?:rate|tariff|duty|levy))?\s+of\s*$|\bfor a total of\s*$/i;
const SETTLED: TariffStatus[] = ["threatened", "announced", "agreed", "paused", "in-effect", "removed"];
const leastSettled = (xs: TariffStatus[]) => xs.reduce((a, b) => (SETTLED.indexOf(b) < SETTLED.indexOf(a) ? b : a));
const STACKING = /\b(?:total|combined|overall|all-in|cumulative)\b[^;]{0,60}\b(?:to|at)\s*$|\b(?:pushed|raised|lifted|took|taking|brought)\b[^;]{0,60}\b(?:total|combined)\b/i;

/** "Under the pact, …", "The agreement also covers cars": the paragraph tells the terms of a deal. */
const DEAL_TERMS = /\b(?:under|in|as (?:a )?part of) (?:the|this|that) (?:[\w-]+ ){0,2}(?:deal|pact|agreement|framework|arrangement|accord)\b|\b(?:deal|pact|agreement|framework|accord) (?:also )?(?:covers|sets|cuts|lowers|caps|provides)\b|^(?:in return|in exchange)\b|\b(?:signed|struck|reached|sealed|clinched|concluded|finali[sz]ed) (?:a|an|the|their) (?:[\w-]+ ){0,2}(?:deal|agreement|pact)\b|\bthe (?:trade )?(?:deal|pact|agreement) (?:would|will) (?:benefit|create|bring|boost|help|give)\b/i;
/** "ranging from 15.6% to 62.4%", "between 10% and 20%", "0%-20%": two ends of one measure, not a change. */
const RANGE_LEAD = /\b(?:rang(?:e|es|ed|ing)\s+from|between|from)\s*$/i;
const RANGE_LINK = /^\s*(?:to|and|-|–)\s*$/;
/** "would lower the duty from 25% to 18%", "a cut … from 40 percent to 22 percent": the first figure is replaced. */
const CHANGE_LEAD = /\b(?:cut(?:s|ting)?|lower\w*|reduc\w*|rais\w*|increas\w*|hik\w*|slash\w*|halv\w*|drop\w*|bring\w*|brought|lift\w*|restor\w*|return\w*|go(?:es)? back|back)\b[^.;]{0,170}\bfrom\s*$/i;
/** Trade-remedy measures (anti-dumping, anti-subsidy, provisional duties) fall on one product and are neither sectoral policy nor reciprocal rates. */
export const TRADE_REMEDY = /\b(?:anti-?dumping|countervailing|anti-?subsidy|dumping|(?:provisional|preliminary)\s+(?:[\w-]+\s+)?(?:duties|duty|tariffs?|levies|deposits?))\b/i;
/** "over its purchases of Russian oil", "tied to Turkey's buying of Iranian crude": the reason for a penalty, not the goods it falls on. */
const REASON = /\b(?:over|for|linked to|tied to|because of|as punishment for|in retaliation for|due to)\s+(?:(?:its|their|the country's|the nation's|[\w.]+'s?)\s+)?(?:continued\s+|ongoing\s+)?(?:purchas\w*|buy\w*|import\w* of|imports? of|dealings)\b[^,;.]{0,40}|\b(?:[\w-]+\s+){1,2}(?:purchases|buying)\b|\b(?:that|who|which)\s+(?:buy|buys|purchase|purchases|import|imports)\b[^;.]{0,60}/gi;
/** Member states' goods fall under the bloc's trade policy: in an EU story, French firms' exports are EU exports. */
const EU_MEMBERS = new Set(["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"]);
const BARE_TARIFF = /^\s+(?:tariffs?|dut(?:y|ies)|levy|levies)\b/i;
const NEGATED = /\bno\s+(?:[\w-]+\s+)?(?:rate|tariff|duty|levy)\s+of\s*$/i;
const SPECULATION = /\b(?:speculation|rumou?rs?|unconfirmed reports?|hearsay)\b[^.;]{0,80}\bthat\b/i;
const OWN_ADJECTIVE = /\b(?:current|existing|prevailing|planned|proposed|threatened|previous|earlier)\s+(?:[\w"'-]+\s+)?$/i;
const LIST_LEAD = /\b(?:tariffs?|duties|duty|levies|levy)\s+(?:on\s+(?:[\w-]+\s+){1,2}?)?on\s+(?=[^.;]*?,[^.;]*$)/i;
const DEFINITE = /\b(?:the|that|this)\s+(?:same\s+|new\s+|current\s+)?$/i;
const CONTRABAND = /\b(?:fentanyl|illicit|illegal|narcotics?)\b[^,;.]{0,40}/gi;
const BLANKET = /\b(?:blanket|across-the-board|across the board|universal)\b/i;
const PRODUCT_LIST = /\$\s?\d[\d.,]*\s*(?:billion|million|bn|m)\b[^.]{0,20}\b(?:worth\s+of|of)\b/i;

export function extractTariffs(ctx: Context, countryOf: Map<string, string> = new Map()): ExtractedTariff[] {
  const out = new Map<string, ExtractedTariff>();
  const toldBefore = (rate: number) => [...out.values()].filter((t) => t.rate === rate);
  const remedy = remedyProduct(ctx);
  const penalties = ctx.sentences.some((info) => reasonSpans(info.s.f).length > 0);
  let paragraph = -1;
  let carry: string | null = null;
  let tariffTalk = false;
  let dealTalk = false;
  let before: ExtractedTariff[] = [];
  for (const info of ctx.sentences) {
    if (info.s.paragraph !== paragraph) {
      paragraph = info.s.paragraph;
      carry = null;
      // A paragraph that follows one about a tariff may go on with it ("A group of firms will pay 29.7%").
      dealTalk = false;
      before = [];
    }
    const talk = tariffTalk;
    tariffTalk = TARIFF_WORD.test(info.s.f);
    dealTalk ||= DEAL_TERMS.test(info.s.f);
    updateReferredTo(info.s.f, before);
    const told: ExtractedTariff[] = [];
    // In a trade-remedy story, "firms will pay 29.7%" is a duty rate even where no tariff word is near.
    carry = sentenceTariffs(ctx, info, countryOf, carry, talk || remedy !== null, dealTalk, remedy, toldBefore, (t, penalty) => {
      // A penalty layer ("an additional 25% over oil purchases") can share its figure with the rate under it.
      if (EU_MEMBERS.has(t.target) && ctx.parties.pair?.includes("EUN")) t.target = "EUN";
      const key = `${t.imposer}|${t.target}|${t.sector}|${t.rate}${penalty || (penalties && t.kind === "other") ? "|penalty" : ""}`;
      if (!out.has(key)) {
        out.set(key, t);
        told.push(t);
      }
    });
    before = told;
  }
  return [...out.values()];
}

/** The product an article's trade-remedy measures fall on: the goods named most often where such a measure is told. */
function remedyProduct(ctx: Context): Sector | null {
  const counts = new Map<Sector, number>();
  for (const info of ctx.sentences) {
    if (!TRADE_REMEDY.test(info.s.f)) continue;
    for (const h of sectorsIn(info.s.f, 0, info.s.f.length)) counts.set(h.sector, (counts.get(h.sector) ?? 0) + 1);
  }
  let best: Sector | null = null;
  for (const [sector, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = sector;
  return best;
}

function sentenceTariffs(ctx: Context, info: SentenceInfo, countryOf: Map<string, string>, carry: string | null, tariffTalk: boolean, dealContext: boolean, remedy: Sector | null, told: (rate: number) => ExtractedTariff[], emit: (t: ExtractedTariff, penalty: boolean) => void): string | null {
  const f = info.s.f;
  const base = info.s.start;
  let rates = findRates(f, base, tariffTalk);
  if (!rates.length) return carry;
  const mentions: Rel[] = info.mentions.map((m) => ({
    start: m.start,
    end: m.end,
    code: m.code,
    kind: m.kind,
    possessive: m.possessive,
    place: m.place,
    compound: m.compound,
    rel: m.start - base,
    relEnd: m.end - base,
    acts: undefined,
    imports: undefined,
  }));
  const actors = actorsOf(info, countryOf);
  const future = /\b(?:will|would|expects? \w+ to|expected to|to be (?:cut|lowered|reduced|dropped)|(?:am|is|are) (?:raising|lifting|cutting|lowering|increasing|reducing|hiking|restoring))\b/i.test(f);
  let prev: Slot | null = null;
  const labels: { status: TariffStatus; kind: TariffKind }[] = [];
  const oldBeforeFlags: boolean[] = [];
  const reasons = reasonSpans(f);
  // "tariffs related to fentanyl precursor drugs": the drugs are the reason, not the goods taxed.
  const causes = [...reasons, ...reasonSpans(f, CONTRABAND)];
  const inReason = (pos: number) => causes.some(([a, b]) => pos >= a && pos < b);
  let prevPhraseEnd = 0;
  // "tariffs set at 0%-20%": a zero floor is the products still to be named, not a rate of its own.
  rates = rates.filter((r, i) => !(r.rate === 0 && i + 1 < rates.length && linkToNext(f, r.start - base, r.end - base, rates[i + 1].start - base) === "range"));
  // "speculation that the US would cut it from 36% to 18%": the old figure is real, the new one only rumoured;
  // "no rate of 18% has been agreed" denies the figure.
  const rumoured = new Set<number>();
  rates.forEach((r, i) => {
    if (NEGATED.test(f.slice(Math.max(0, r.start - base - 40), r.start - base))) rumoured.add(i);
    if (i > 0 && SPECULATION.test(f.slice(0, rates[i - 1].start - base)) && linkToNext(f, rates[i - 1].start - base, rates[i - 1].end - base, r.start - base) === "old") rumoured.add(i);
  });
  if (rumoured.size) rates = rates.filter((_, i) => !rumoured.has(i));
  const goal = (r: { start: number }) => GOAL.test(f.slice(Math.max(0, r.start - base - 60), r.start - base)) || GOAL_OPENING.test(f.slice(0, r.start - base));
  if (rates.some(goal)) rates = rates.filter((r) => !goal(r));
  const links = rates.map((r, i) => linkToNext(f, r.start - base, r.end - base, rates[i + 1] ? rates[i + 1].start - base : null));
  rates.forEach((r, i) => {
    const rs = r.start - base;
    const re = r.end - base;
    const floor = i ? rates[i - 1].end - base : 0;
    const next = rates[i + 1];
    // "cut its 150% tariff on whisky to 75%", "lower it from 25% to 18%": the first figure is the one being replaced.
    const oldBefore = links[i] === "old" || (next !== undefined && CHANGE_BEFORE.test(f.slice(Math.max(floor, rs - 30), rs)) && TO_NEXT.test(f.slice(re, next.start - base)));
    const afterOld = i > 0 && labels[i - 1] !== undefined && oldBeforeFlags[i - 1];
    oldBeforeFlags.push(oldBefore);
    // "from 15.6% to 62.4% on pork": the low end reads its goods and verbs where the high end does.
    const rangeEnd = links[i] === "range" ? rates[i + 1] : null;
    const inRange = i > 0 && links[i - 1] === "range";
    // The new figure is governed by the verb before the old one.
    const labelFloor = afterOld ? (i > 1 ? rates[i - 2].end - base : 0) : floor;
    const after = rates[rangeEnd ? i + 2 : i + 1];
    const ceiling = after ? after.start - base : f.length;
    const cs = clauseStart(f, rs, floor);
    const tailFrom = rangeEnd ? rangeEnd.end - base : re;
    const pe = phraseEnd(f, tailFrom, ceiling);
    const oldValue = prev !== null && OLD_VALUE.test(f.slice(floor, rs));
    // "Norway's average applied tariff is 3.1%": a statistic over all partners.
    const average = AVERAGE.test(f.slice(Math.max(floor, rs - 50), rs));
    let slot: Slot;
    if ((oldValue || inRange) && prev) {
      slot = prev;
    } else {
      const found =
        imposerIn(f, mentions, cs, pe, rs, re) ??
        imposerIn(f, actors, cs, pe, rs, re) ??
        imposerIn(f, mentions, floor, rs, rs, re) ??
        imposerIn(f, actors, floor, pe, rs, re) ??
        importerIn(f, mentions, floor, pe) ??
        // "American goods face 30% when entering Peru": the market named after the clause.
        importerIn(f, mentions, pe, ceiling);
      const main = ctx.parties.imposer ?? US;
      // An economy does not tariff its own goods ("the president's team set 33% on Swedish goods" when the
      // person was misplaced), and "Britain's 10% rate" is the rate Britain pays unless Britain sets the article's tariffs.
      const selfGoods = found !== null && targetIn(f, mentions.filter((m) => m.code === found.code && m !== found), re, pe, "after") !== null;
      const paysRate = found !== null && found.possessive && found.code !== main && found.relEnd <= rs && RATE_PAID.test(f.slice(found.relEnd, rs) + "#" + f.slice(re, re + 30));
      const imposerM = selfGoods || paysRate ? null : found;
      const provisional = imposerM?.code ?? prev?.imposer ?? main;
      const others = mentions.filter((m) => m.code !== provisional && m !== imposerM && !inReason(m.rel));
      const nearM =
        targetIn(f, others, re, pe, "after") ??
        // The goods of the rate before ("120% on Chinese goods and 110% …") are not this rate's.
        targetIn(f, others.filter((m) => m.rel >= prevPhraseEnd || !prev?.targets.includes(m.code)), cs, rs, "before") ??
        subjectOf(f, others, floor, rs);
      const inherited = (prev?.targets ?? []).filter((t) => t !== provisional);
      // A paragraph that named the target keeps it ("…, on top of a 25% tariff") before a looser guess.
      const farM = nearM || inherited.length || (carry && carry !== provisional) ? null : targetIn(f, others, floor, rs, "before");
      // "25% on American goods" with no imposer named: the tariff falls on the side that usually sets them,
      // also after a rate of that side ("120% on Chilean goods and 110% on American goods").
      const onMainM = imposerM || (prev && prev.imposer !== main) || nearM ? null : targetIn(f, mentions.filter((m) => m.code === main), re, pe, "after");
      const targetM = onMainM ?? nearM ?? farM;
      const imposer = onMainM ? (otherParty(ctx.parties, main) ?? provisional) : provisional;
      // "global" next to a named target qualifies the measure ("its global tariffs on India"), not who pays.
      const all = mentionsAllPartners(f.slice(cs, pe), targetM !== null) || (targetM !== null && AFFECTED_BY.test(f.slice(targetM.relEnd, rs)));
      const targets: string[] = [];
      if (targetM) targets.push(targetM.code);
      if (all) targets.push("*");
      const on = onPhraseStart(f, tailFrom, pe);
      const goods = (from: number, to: number) => uniqueSectors(sectorsIn(f, from, to).filter((h) => !inReason(h.start)));
      let sectors = on === null ? [] : goods(on, pe);
      // "on nearly all Thai exports, including cars and chips": the whole and each part named.
      const including = on !== null && !sectors.length ? INCLUDING.exec(f.slice(pe, ceiling)) : null;
      if (including) sectors = ["all", ...goods(pe, pe + including[0].length)];
      // "…, and 10% on most other goods" names goods of its own; it neither inherits nor borrows the sector before.
      const ownGoods = on !== null && GENERAL_GOODS.test(f.slice(on, pe));
      if (!sectors.length && !ownGoods) sectors = goods(cs, rs);
      // "raising tariffs on cars, lumber, drugs and all other goods from 15% to 25%": a list before the rate.
      if (on === null || !goods(on, pe).length) {
        const lead = f.slice(Math.max(floor, rs - 200), rs);
        const list = LIST_LEAD.exec(lead);
        if (list) {
          const from = rs - lead.length + list.index;
          const listed = goods(from, rs);
          if (listed.length > sectors.length) sectors = /\ball other\b/i.test(f.slice(from, rs)) ? ["all", ...listed] : listed;
        }
      }
      // "The rate for steel imports from the UK - which … - will remain at 25%": the goods head the sentence.
      const head = !sectors.length && i === 0 ? HEAD_GOODS.exec(f.slice(0, cs)) : null;
      if (head) sectors = goods(head.index + head[0].length - head[1].length, head.index + head[0].length);
      // "a 25% tariff on imported trucks", "car imports into the US": goods from everywhere.
      if (!targets.length && !inherited.length && sectors.length && IMPORTED.test(f.slice(cs, pe))) targets.push("*");
      if (average && !targets.length) targets.push("*");
      const explicitTarget = targets.length > 0;
      if (!explicitTarget) {
        const fallback = carry && carry !== imposer ? carry : defaultTarget(ctx, imposer);
        targets.push(...(inherited.length ? inherited : [fallback]));
      }
      // "Japanese vehicles, which have paid 27.5%": the goods are the subject the clause hangs on.
      const comma = f.indexOf(",");
      if (!sectors.length && i === 0 && comma > 0 && comma < rs && /^,\s+(?:which|who|that)\b/.test(f.slice(comma))) sectors = uniqueSectors(sectorsIn(f, 0, comma));
      if (!sectors.length && prev && !explicitTarget && !ownGoods) sectors = prev.sectors;
      if (!sectors.length && PRODUCT_LIST.test(f.slice(cs, pe))) sectors = ["other"];
      // "The ministry will collect deposits of up to 41.2%": a trade-remedy duty names its product elsewhere.
      if (!sectors.length && remedy && (TRADE_REMEDY.test(f) || mentions.every((m) => m.place || m.code === imposer) || !sectorsIn(f, 0, f.length).length)) sectors = [remedy];
      const mirrored = !imposerM && MIRRORED.test(f.slice(0, rs));
      slot = { imposer, targets: targets.filter((t) => t !== imposer), sectors: sectors.length ? sectors : ["all"], explicitTarget, mirrored };
      // "hit by the 50% tariff": a definite rate with no goods of its own is the one of that figure told before.
      const bare = !sectors.length && DEFINITE.test(f.slice(Math.max(0, rs - 16), rs)) && BARE_TARIFF.test(f.slice(re, re + 12)) && !/\b(?:goods|products|imports|exports)\b/i.test(f);
      const earlier = bare ? told(r.rate).filter((t) => t.imposer === imposer) : [];
      if (earlier.length) slot = { ...slot, targets: [...new Set(earlier.map((t) => t.target))], sectors: [...new Set(earlier.map((t) => t.sector))], explicitTarget: true, mirrored: false };
      if (targetM) carry = targetM.code;
    }
    const stretchEnd = Math.min(ceiling, tailFrom + 160);
    // A total that rose from a figure keeps that figure as a layer ("pushed the total to 27.5% from 2.5%").
    const rose = oldValue && i > 0 && rates[i - 1].rate > r.rate && STACKING.test(f.slice(0, rates[i - 1].start - base));
    const replaced = rose ? ("stacked" as const) : future ? ("future" as const) : ("past" as const);
    const continues = i > 0 && rs - floor <= 110 && CONTINUATION.test(f.slice(floor, rs));
    const totalOf = i > 0 && TOTAL_OF.test(f.slice(Math.max(floor, rs - 60), rs));
    const shared = { f, rateStart: rs, rateEnd: re, clauseStart: Math.min(cs, labelFloor === floor ? cs : labelFloor), phraseEnd: pe, stretchEnd, floor: labelFloor, dealContext, replacedBy: oldValue || oldBefore ? replaced : null, startsLater: startsLater(ctx, info, rs, stretchEnd), newFigure: afterOld };
    // Status is the rate's own; only the kind depends on who pays it and for which goods.
    let status = tariffStatus(shared);
    // "for a total of 35%": a total is only as settled as its least settled layer.
    if (totalOf) status = leastSettled([status, ...labels.map((l) => l.status)]);
    // "would place a 20% tariff on A, as well as a 40% levy on B": a rate with no verb of its own shares the one before.
    if (i > 0 && labels[i - 1] && !oldValue && !afterOld && !inRange && !hasCue(f, floor, pe) && !OWN_ADJECTIVE.test(f.slice(Math.max(floor, rs - 30), rs))) status = labels[i - 1].status;
    const kindOf = kindReader(shared);
    const penalty = reasons.some(([a]) => a >= cs && a < stretchEnd);
    // "a 10% blanket duty": an across-the-board rate falls on every partner as well as the one named.
    const blanket = BLANKET.test(f.slice(Math.max(floor, rs - 25), Math.min(ceiling, re + 20)));
    for (const target of slot.targets) {
      for (const sector of slot.sectors) {
        const party = { sector, countering: counters(ctx, slot.imposer, target), imposerIsMain: slot.imposer === (ctx.parties.imposer ?? US), targetIsAll: target === "*" };
        let kind = kindOf(party, status);
        // "the combined duty will drop to 30% from 145%": both figures are of the same layer.
        if (oldValue && !rose && labels[i - 1] && labels[i - 1].kind !== "agreed" && kind !== "mfn") kind = labels[i - 1].kind;
        // "…, and to 40% by 2030" repeats the verb of the figure before it; so does the top of a range.
        if ((continues || inRange) && labels[i - 1]) ({ status, kind } = labels[i - 1]);
        else kind = refineKind(kind, status, sector, f, remedy, penalty);
        kind = knownLayer(kind, slot.imposer, sector, r.rate, ctx.pub, f.slice(cs, pe), average);
        if (inReciprocalPause(slot.imposer, target, sector, kind, status, ctx.pub, f, f.slice(Math.max(0, rs - 100), re + 60)) && !shared.startsLater) status = "paused";
        labels[i] ??= { status, kind };
        const fact: ExtractedTariff = {
          imposer: slot.imposer,
          target,
          sector,
          rate: r.rate,
          kind,
          status,
          evidence: evidenceOf(ctx, info.s),
          confidence: slot.explicitTarget ? 0.8 : 0.6,
        };
        emit(fact, penalty);
        if (target !== "*" && blanket && kind === "baseline") emit({ ...fact, target: "*" }, false);
        if (target !== "*" && slot.mirrored) {
          emit({ ...fact, imposer: target, target: slot.imposer, kind: kindOf({ ...party, countering: counters(ctx, target, slot.imposer), imposerIsMain: target === (ctx.parties.imposer ?? US) }, status) }, penalty);
        }
      }
    }
    prev = slot;
    prevPhraseEnd = pe;
  });
  return carry;
}

/** How a rate relates to the one after it: two ends of a range, an old figure and its replacement, or neither. */
function linkToNext(f: string, rs: number, re: number, nextStart: number | null): "range" | "old" | null {
  if (nextStart === null) return null;
  const link = f.slice(re, nextStart);
  if (!RANGE_LINK.test(link)) return null;
  const lead = f.slice(Math.max(0, rs - 220), rs);
  if (/^\s*to\s*$/i.test(link) && /\bfrom\s*$/i.test(lead)) return CHANGE_LEAD.test(lead) && !/\brang(?:e|es|ed|ing)\s+from\s*$/i.test(lead) ? "old" : "range";
  if (/^\s*[-–]\s*$/.test(link) || (/^\s*and\s*$/i.test(link) && /\bbetween\s*$/i.test(lead))) return "range";
  return RANGE_LEAD.test(lead) && /^\s*to\s*$/i.test(link) ? "range" : null;
}

/** Offsets of the reason phrases of a sentence ("over its purchases of Russian oil"). */
function reasonSpans(f: string, re: RegExp = REASON): [number, number][] {
  if (!(re === REASON ? /purchas|buy|\bimport/i : /fentanyl|illicit|illegal|narcotic/i).test(f)) return [];
  const spans: [number, number][] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(f)) !== null) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Kinds that depend on the article rather than the clause: trade remedies, penalties for what a country buys. */
function refineKind(kind: TariffKind, status: TariffStatus, sector: Sector, f: string, remedy: Sector | null, penalty: boolean): TariffKind {
  // A levy on trans-shipped goods punishes routing, not a sector.
  if (sector === "other" && /\btrans-?ship/i.test(f)) return "other";
  if (kind === "agreed" || kind === "mfn" || kind === "combined" || status === "agreed") return kind;
  if (penalty && kind === "country-specific") return "other";
  const remedial = TRADE_REMEDY.test(f) || (remedy !== null && sector === remedy);
  if (remedial && !/\b(?:retaliat\w*|counter-?\w*|hit back|hits back|struck back)\b/i.test(f)) return "other";
  return kind;
}

const BASELINE_START = dayOf(2025, 4, 5);
const LAYER_WORDS = /\b(?:fentanyl|additional|extra|penalty|secondary|retaliat\w*|counter\w*)\b/i;

/**
 * Layers known from the period's tariff schedule: since April 5, 2025 a plain 10% U.S. rate on a
 * whole economy is the across-the-board baseline, and 27.5% on cars is the 25% duty stacked on
 * the 2.5% MFN rate. An average tariff is a most-favoured-nation statistic.
 */
function knownLayer(kind: TariffKind, imposer: string, sector: Sector, rate: number, pub: number, own: string, average: boolean): TariffKind {
  if (average) return "mfn";
  if (imposer !== US || kind === "agreed" || kind === "mfn" || kind === "retaliatory") return kind;
  if (rate === 10 && sector === "all" && pub >= BASELINE_START && (kind === "country-specific" || kind === "other") && !LAYER_WORDS.test(own)) return "baseline";
  if (rate === 27.5 && (sector === "autos" || sector === "auto-parts") && kind === "sectoral") return "combined";
  return kind;
}

const PAUSE_START = dayOf(2025, 4, 9);
const PAUSE_END = dayOf(2025, 8, 1);
// China's rates stayed in force until the Geneva truce of May 12, 2025 suspended most of them to November 10.
const CHINA_PAUSE_START = dayOf(2025, 5, 12);
const CHINA_PAUSE_END = dayOf(2025, 11, 10);
const IN_FORCE = /\b(?:currently|now|in effect|in force|took effect|takes effect|kicked in|since|still)\b/i;
/** The July 2025 letters set new rates from August 1; those were never suspended. */
const LETTER_RATE = /\b(?:letters?|August 1|Aug\.? 1)\b/i;
const RECIPROCAL_RATE = /\b(?:April|reciprocal["”]? (?:tariffs?|rates?|dut(?:y|ies)|levies)|Liberation Day|country-specific|tariff war)\b/i;

/**
 * The country-specific "reciprocal" rates set on April 2, 2025 were suspended a week later until
 * August 1: a story of that window that tells such a rate, named as the April or reciprocal one,
 * without saying it applies now, tells a paused rate.
 */
function inReciprocalPause(imposer: string, target: string, sector: Sector, kind: TariffKind, status: TariffStatus, pub: number, f: string, near: string): boolean {
  if (imposer !== US || sector !== "all" || kind !== "country-specific" || (status !== "announced" && status !== "in-effect")) return false;
  const [from, to] = target === "CHN" ? [CHINA_PAUSE_START, CHINA_PAUSE_END] : [PAUSE_START, PAUSE_END];
  return pub >= from && pub < to && RECIPROCAL_RATE.test(near) && !LETTER_RATE.test(f) && !IN_FORCE.test(f) && !LAYER_WORDS.test(f);
}

/** Who pays a rate whose sentence names no target: the other side of the article's pair. */
function defaultTarget(ctx: Context, imposer: string): string {
  return otherParty(ctx.parties, imposer) ?? ctx.parties.pair?.find((c) => c !== imposer) ?? "*";
}

/** A rate laid by one side of the pair on the side that sets the article's tariffs answers them. */
function counters(ctx: Context, imposer: string, target: string): boolean {
  const main = ctx.parties.imposer;
  return main !== null && imposer !== main && target === main;
}

/** A date after publication tells when the rate starts: "from Aug. 1", "takes effect on Friday". */
function startsLater(ctx: Context, info: SentenceInfo, rateStart: number, stretchEnd: number): boolean {
  const base = info.s.start;
  const after = rateStart + base;
  return info.dates.some((d) => {
    // A start more than half a year ahead is a past date read forward ("imposed … starting August 1").
    if (d.from <= ctx.pub || d.start < after || d.from - ctx.pub > 200) return false;
    const rel = d.start - base;
    if (rel < rateStart || rel > stretchEnd || d.from <= ctx.pub) return false;
    const lead = info.s.f.slice(Math.max(0, rel - 40), rel) + (/^(?:on|from|starting|effective|as of)\s/i.exec(info.s.f.slice(rel, d.end - base))?.[0] ?? "");
    return /\b(?:(?:from|starting|beginning|effective)(?:\s+(?:on|from))?|as of|takes? effect(?: on| from)?|kicks? in(?: on)?)\s*$/i.test(lead);
  });
}

/** People already placed act for their economy: "Carney announced 25% counter-tariffs", "Lula's levy". */
function actorsOf(info: SentenceInfo, countryOf: Map<string, string>): Rel[] {
  const base = info.s.start;
  return info.refs.flatMap((r) => {
    const code = countryOf.get(r.person.key);
    if (!code) return [];
    const possessive = /^'s?\b|^'(?!\w)/.test(info.s.f.slice(r.end - base, r.end - base + 3));
    return [{ start: r.start, end: r.end, code, kind: "name" as const, possessive, place: false, compound: false, rel: r.start - base, relEnd: r.end - base, acts: undefined, imports: undefined }];
  });
}

/** "Those countermeasures will now be lifted": a sentence that opens on the measures just told. */
const REFERRED = /^(?:Those|These|The|That|This|Such|Both)\s+(?:[\w-]+\s+){0,2}?(counter-?tariffs?|countermeasures|retaliatory (?:tariffs|duties|levies)|tariffs?|duties|duty|levies|levy|surtax(?:es)?|measures|rates?)\s+([^%\d]{0,60})/i;
const REFERRED_STATUS: [TariffStatus, RegExp][] = [
  ["removed", /\b(?:(?:will|would) (?:now |also )?be (?:lifted|removed|scrapped|dropped|withdrawn|eliminated)|(?:were|was|have been|has been) (?:lifted|removed|scrapped|dropped|withdrawn|eliminated)|(?:no longer apply|ended))\b/i],
  ["paused", /\b(?:(?:will|would) (?:now |also )?be (?:suspended|paused|put on hold)|(?:were|was|have been|has been) (?:suspended|paused|put on hold))\b/i],
  ["in-effect", /\b(?:took effect|came into force|kicked in|remain in (?:place|force|effect)|are in (?:place|force|effect))\b/i],
];

function updateReferredTo(f: string, before: ExtractedTariff[]): void {
  const m = REFERRED.exec(f);
  if (!m || !before.length) return;
  const status = REFERRED_STATUS.find(([, re]) => re.test(m[2]))?.[0];
  if (!status) return;
  const counterOnly = /counter|retaliat/i.test(m[1]);
  for (const t of before) if (!counterOnly || t.kind === "retaliatory") t.status = status;
}
