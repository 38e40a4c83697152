import type { Context, SentenceInfo } from "../context";
import type { ExtractedMilestone, ExtractedParticipant, ExtractedRound, ExtractedTariff } from "../schema";

/**
 * What the scorer knows about a candidate fact: generic signals of trade-news language (cue words,
 * tense, position, viewpoint, how tied the fact is to the article's two sides), never the words of a
 * particular article. Each feature is a number, mostly 0/1, so the weights read as log-odds.
 */
export type FactKind = "rounds" | "participants" | "tariffs" | "milestones";
export type Candidate =
  | { type: "rounds"; fact: ExtractedRound }
  | { type: "participants"; fact: ExtractedParticipant }
  | { type: "tariffs"; fact: ExtractedTariff }
  | { type: "milestones"; fact: ExtractedMilestone };
export type Features = Record<string, number>;

const CUES: [string, RegExp][] = [
  ["cue.quote", /["\u201c\u201d]/],
  ["cue.hypothetical", /\b(?:would|could|might|if|unless|whether|possible|possibly|consider(?:s|ing)?)\b/i],
  ["cue.threat", /\b(?:threat\w*|warn\w*|vow\w*|could impose|would impose)\b/i],
  ["cue.future", /\b(?:will|plan(?:s|ned)? to|expected to|set to|scheduled|due to|next (?:week|month)|upcoming|later this)\b/i],
  ["cue.past", /\b(?:said|held|met|agreed|announced|signed|imposed|reached|concluded|took effect|was|were)\b/i],
  ["cue.negation", /\b(?:no|not|never|denied|denies|deny|without|rejected|dismissed)\b/i],
  ["cue.report", /\b(?:reportedly|according to|sources? said|people familiar|media reports?|reports? (?:say|said))\b/i],
  ["cue.comparison", /\b(?:compared (?:with|to)|while|whereas|than|similar(?:ly)?|other countries|neighbou?rs?|rivals?)\b/i],
  ["cue.deal", /\b(?:deal|agreement|accord|pact|framework|truce)\b/i],
  ["cue.meeting", /\b(?:talks|meeting|met|round|negotiat\w+|visit\w*|summit)\b/i],
  ["cue.analyst", /\b(?:analysts?|economists?|experts?|strategists?|professor|think[- ]tank|institute|research)\b/i],
  ["cue.history", /\b(?:since|previously|earlier this year|last year|in 20\d\d|had been|originally)\b/i],
];

function occurrences(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0 && word; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

// Candidates often share a sentence; what is known of the sentence is computed once per article.
const sentenceCache = new WeakMap<Context, Map<number, Features>>();

function sentenceFeatures(ctx: Context, start: number, quote: string): Features {
  let perArticle = sentenceCache.get(ctx);
  if (!perArticle) sentenceCache.set(ctx, (perArticle = new Map()));
  const cached = perArticle.get(start);
  if (cached) return cached;
  const info = sentenceOf(ctx, start);
  const index = info?.s.index ?? 0;
  const count = Math.max(1, ctx.sentences.length);
  const features: Features = {
    bias: 1,
    "pos.lead": index < 2 ? 1 : 0,
    "pos.firstHalf": index / count < 0.5 ? 1 : 0,
    "pos.tail": count > 4 && index / count > 0.85 ? 1 : 0,
    "sentence.economies": Math.min(4, new Set(info?.mentions.map((m) => m.code) ?? []).size) / 4,
    "sentence.long": quote.length > 250 ? 1 : 0,
  };
  for (const [name, re] of CUES) if (re.test(quote)) features[name] = 1;
  perArticle.set(start, features);
  return features;
}

const bucket = (name: string, value: number, edges: number[]): Features => {
  const i = edges.findIndex((e) => value <= e);
  return { [`${name}.${i < 0 ? edges.length : i}`]: 1 };
};

function sentenceOf(ctx: Context, start: number): SentenceInfo | null {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid].s;
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return ctx.sentences[mid];
  }
  return null;
}

/** How the fact's economies relate to the article's two sides. */
function sideFeatures(ctx: Context, codes: string[]): Features {
  const pair: string[] = ctx.parties.pair ?? [];
  const known = codes.filter((c) => c !== "*");
  const inPair = known.filter((c) => pair.includes(c)).length;
  return {
    "side.allInPair": known.length > 0 && inPair === known.length ? 1 : 0,
    "side.noneInPair": known.length > 0 && inPair === 0 ? 1 : 0,
    "side.imposerIsLead": codes[0] !== undefined && codes[0] === ctx.parties.imposer ? 1 : 0,
  };
}

function typeFeatures(c: Candidate, ctx: Context, text: string): Features {
  switch (c.type) {
    case "rounds":
      return {
        "round.numbered": c.fact.number !== null ? 1 : 0,
        "round.dated": c.fact.when !== null ? 1 : 0,
        "round.located": c.fact.location !== null ? 1 : 0,
        [`round.level.${c.fact.level}`]: 1,
        [`round.status.${c.fact.status}`]: 1,
        ...sideFeatures(ctx, c.fact.parties),
      };
    case "participants": {
      const surname = c.fact.name.split(/\s+/).at(-1) ?? c.fact.name;
      const mentions = occurrences(text, surname);
      return {
        "person.roleKnown": c.fact.role.trim() ? 1 : 0,
        ...bucket("person.mentions", mentions, [1, 2, 4]),
        ...sideFeatures(ctx, [c.fact.country]),
      };
    }
    case "tariffs":
      return {
        [`tariff.kind.${c.fact.kind}`]: 1,
        [`tariff.status.${c.fact.status}`]: 1,
        "tariff.worldwide": c.fact.target === "*" ? 1 : 0,
        "tariff.economyWide": c.fact.sector === "all" ? 1 : 0,
        ...bucket("tariff.rate", c.fact.rate, [0, 10, 30, 60]),
        ...sideFeatures(ctx, [c.fact.imposer, c.fact.target]),
      };
    case "milestones": {
      const w = c.fact.when;
      return {
        [`milestone.kind.${c.fact.kind}`]: 1,
        "milestone.day": w !== null && /^\d{4}-\d{2}-\d{2}$/.test(w) ? 1 : 0,
        "milestone.interval": w !== null && w.includes("/") ? 1 : 0,
      };
    }
  }
}

/** The feature vector of one candidate; `siblings` is how many candidates of its type share its sentence. */
export function featuresOf(c: Candidate, ctx: Context, siblings: number): Features {
  const features: Features = Object.assign({}, sentenceFeatures(ctx, c.fact.evidence.start, c.fact.evidence.quote), typeFeatures(c, ctx, ctx.text));
  features.rule = c.fact.confidence;
  features["sentence.shared"] = siblings > 1 ? 1 : 0;
  features["sentence.crowded"] = siblings > 3 ? 1 : 0;
  return features;
}
