import { extract } from "../../lib/extraction/extract";
import type { Extraction } from "../../lib/extraction/schema";
import { DEFAULT_MODEL } from "../../lib/extraction/scorer/default-model";
import type { ScorerModel } from "../../lib/extraction/scorer/model";
import type { Article } from "./corpus";
import { FACT_TYPES, type Fact, type FactSet, type FactType, prf, scoreArticle } from "./score";

/** Counts over many articles: facts per type, attribute agreement, and the lines that explain them. */
export interface Tally {
  articles: number;
  types: Record<FactType, { tp: number; fp: number; fn: number }>;
  attributes: Record<string, { right: number; total: number }>;
  details: string[];
}

export function emptyTally(): Tally {
  return {
    articles: 0,
    types: Object.fromEntries(FACT_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Tally["types"],
    attributes: {},
    details: [],
  };
}

const show = (f: Fact) =>
  JSON.stringify(f, (k, v) => (k === "evidence" || k === "confidence" || k === "required" ? undefined : v));
const quoteOf = (f: Fact) => (f as { evidence?: { quote: string } }).evidence?.quote.slice(0, 110) ?? "";

/** Adds one article's scores to `tally`; `attributesToo` also lists matched facts that disagree. */
export function addArticle(tally: Tally, article: Article, out: Extraction, attributesToo = false): void {
  if (!article.gold) return;
  tally.articles++;
  const scores = scoreArticle(out as unknown as FactSet, article.gold as unknown as FactSet);
  for (const type of FACT_TYPES) {
    const score = scores[type];
    tally.types[type].tp += score.tp;
    tally.types[type].fp += score.fp;
    tally.types[type].fn += score.fn;
    for (const [name, a] of Object.entries(score.attributes)) {
      const key = `${type}.${name}`;
      tally.attributes[key] ??= { right: 0, total: 0 };
      tally.attributes[key].right += a.right;
      tally.attributes[key].total += a.total;
    }
    for (const m of score.misses) tally.details.push(`${article.name}  MISS ${type}  ${show(m)}`);
    if (attributesToo) {
      for (const d of score.disagreements) {
        const name = d.attribute;
        tally.details.push(
          `${article.name}  ATTR ${type}.${name}  got ${String(d.extracted[name])}, gold ${String(d.gold[name])}  ${show(d.gold)}  « ${quoteOf(d.extracted)}`,
        );
      }
    }
    for (const f of score.falsePositives) tally.details.push(`${article.name}  FP   ${type}  ${show(f)}  « ${quoteOf(f)}`);
  }
}

/** Runs the extractor (with `model`, the shipped scorer by default) on every article with gold, and scores it. */
export function scoreArticles(articles: Article[], attributesToo = false, model: ScorerModel = DEFAULT_MODEL): Tally {
  const tally = emptyTally();
  for (const a of articles) {
    if (a.gold) addArticle(tally, a, extract({ text: a.text, publishedAt: a.gold.source.publishedAt }, model), attributesToo);
  }
  return tally;
}

export function mergeTallies(tallies: Tally[]): Tally {
  const all = emptyTally();
  for (const t of tallies) {
    all.articles += t.articles;
    for (const type of FACT_TYPES) {
      all.types[type].tp += t.types[type].tp;
      all.types[type].fp += t.types[type].fp;
      all.types[type].fn += t.types[type].fn;
    }
    for (const [key, a] of Object.entries(t.attributes)) {
      all.attributes[key] ??= { right: 0, total: 0 };
      all.attributes[key].right += a.right;
      all.attributes[key].total += a.total;
    }
    all.details.push(...t.details);
  }
  return all;
}

export function overall(tally: Tally): { tp: number; fp: number; fn: number } {
  return FACT_TYPES.reduce(
    (acc, t) => ({ tp: acc.tp + tally.types[t].tp, fp: acc.fp + tally.types[t].fp, fn: acc.fn + tally.types[t].fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
}

/** Attribute agreement folded into the three the targets name: kind, status and level. */
export function attributeShare(tally: Tally, names: string[]): { right: number; total: number } {
  return Object.entries(tally.attributes)
    .filter(([key]) => names.includes(key.split(".")[1]))
    .reduce((acc, [, a]) => ({ right: acc.right + a.right, total: acc.total + a.total }), { right: 0, total: 0 });
}

const fmt = (n: number) => n.toFixed(3);

export function formatScores(tally: Tally): string[] {
  const line = (label: string, t: { tp: number; fp: number; fn: number }) => {
    const { p, r, f1 } = prf(t.tp, t.fp, t.fn);
    return `${label.padEnd(13)} P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f1)}   (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
  };
  const lines = FACT_TYPES.map((type) => line(type, tally.types[type]));
  lines.push(line("overall", overall(tally)));
  lines.push("", "attributes on matched facts:");
  for (const [key, a] of Object.entries(tally.attributes).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${key.padEnd(22)} ${String(a.right).padStart(4)}/${String(a.total).padEnd(4)} ${a.total ? fmt(a.right / a.total) : "—"}`);
  }
  const kinds = attributeShare(tally, ["kind", "status", "level"]);
  lines.push(`  ${"kind+status+level".padEnd(22)} ${String(kinds.right).padStart(4)}/${String(kinds.total).padEnd(4)} ${kinds.total ? fmt(kinds.right / kinds.total) : "—"}`);
  return lines;
}
