import { extract } from "../../lib/extraction/extract";
import { readCorpus } from "./corpus";
import { FACT_TYPES, type Fact, type FactType, prf, scoreType } from "./score";

/**
 * npm run eval:extract -- <dir> [--attributes]
 * Runs the extractor on every NAME.txt that has a NAME.gold.json and scores it as FORMAT.md says:
 * precision, recall and F1 per fact type and overall, attribute agreement, then every miss and
 * every false positive; with --attributes, also every matched fact whose attributes disagree.
 */
const args = process.argv.slice(2);
const listAttributes = args.includes("--attributes");
const dir = args.find((a) => !a.startsWith("--"));
if (!dir) {
  console.error("usage: npm run eval:extract -- <corpus-dir> [--attributes]");
  process.exit(2);
}

const totals = Object.fromEntries(FACT_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<FactType, { tp: number; fp: number; fn: number }>;
const attributes: Record<string, { right: number; total: number }> = {};
const details: string[] = [];
const show = (f: Fact) => JSON.stringify(f, (k, v) => (k === "evidence" || k === "confidence" || k === "required" ? undefined : v));

for (const article of readCorpus(dir)) {
  if (!article.gold) continue;
  const out = extract({ text: article.text, publishedAt: article.gold.source.publishedAt });
  for (const type of FACT_TYPES) {
    const score = scoreType(type, out[type] as Fact[], article.gold[type] as Fact[]);
    totals[type].tp += score.tp;
    totals[type].fp += score.fp;
    totals[type].fn += score.fn;
    for (const [name, a] of Object.entries(score.attributes)) {
      const key = `${type}.${name}`;
      attributes[key] ??= { right: 0, total: 0 };
      attributes[key].right += a.right;
      attributes[key].total += a.total;
    }
    for (const m of score.misses) details.push(`${article.name}  MISS ${type}  ${show(m)}`);
    if (listAttributes) {
      for (const d of score.disagreements) {
        const name = d.attribute;
        details.push(`${article.name}  ATTR ${type}.${name}  got ${String(d.extracted[name])}, gold ${String(d.gold[name])}  ${show(d.gold)}  « ${(d.extracted as { evidence?: { quote: string } }).evidence?.quote.slice(0, 110) ?? ""}`);
      }
    }
    for (const f of score.falsePositives) details.push(`${article.name}  FP   ${type}  ${show(f)}  « ${(f as { evidence?: { quote: string } }).evidence?.quote.slice(0, 110) ?? ""}`);
  }
}

const fmt = (n: number) => n.toFixed(3);
const line = (label: string, t: { tp: number; fp: number; fn: number }) => {
  const { p, r, f1 } = prf(t.tp, t.fp, t.fn);
  return `${label.padEnd(13)} P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f1)}   (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
};
for (const type of FACT_TYPES) console.log(line(type, totals[type]));
const all = FACT_TYPES.reduce((acc, t) => ({ tp: acc.tp + totals[t].tp, fp: acc.fp + totals[t].fp, fn: acc.fn + totals[t].fn }), { tp: 0, fp: 0, fn: 0 });
console.log(line("overall", all));
console.log("\nattributes on matched facts:");
for (const [key, a] of Object.entries(attributes)) console.log(`  ${key.padEnd(22)} ${a.right}/${a.total}`);
console.log("");
for (const d of details) console.log(d);
