import * as chrono from "chrono-node";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../lib/extraction/extract";
import { readRealCorpus, REAL_TEXT_DIR } from "./extraction/real-corpus";

/**
 * npm run bench:extract [-- <dir> | --real]
 * Articles per second of the extractor on a corpus in one process, against a bare chrono-node
 * parse of the same texts measured in the same run (absolute numbers drift between machines;
 * the ratio is the figure to compare). Defaults to the extractor's own fixtures; --real reads the
 * real-article corpus texts fetched into .cache/corpus/real.
 */
const useReal = process.argv.includes("--real");
const dir = useReal ? REAL_TEXT_DIR : (process.argv.slice(2).find((a) => !a.startsWith("--")) ?? join(import.meta.dirname, "../lib/extraction/fixtures"));
const articles = useReal ? realArticles() : dirArticles(dir);

function realArticles() {
  const { articles: real, missing } = readRealCorpus();
  if (missing.length) console.log(`${missing.length} real-corpus texts not fetched; timing the ${real.length} that are`);
  return real.map((a) => ({ text: a.text, publishedAt: a.gold!.source.publishedAt, ref: new Date(a.gold!.source.publishedAt) }));
}

function dirArticles(from: string) {
  return readdirSync(from)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => {
      const text = readFileSync(join(from, f), "utf8");
      let publishedAt = "2025-06-02T12:00:00+00:00";
      try {
        publishedAt = JSON.parse(readFileSync(join(from, f.replace(/\.txt$/, ".gold.json")), "utf8")).source.publishedAt;
      } catch {
        // No gold file: any fixed reference time measures the same work.
      }
      return { text, publishedAt, ref: new Date(publishedAt) };
    });
}
if (!articles.length) {
  console.error(`no .txt articles in ${dir}`);
  process.exit(2);
}

/** Articles per second of one timed stretch of at least `minMs` of repeated passes. */
function rate(work: () => void, minMs: number): number {
  let passes = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    work();
    passes++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return (passes * articles.length) / (elapsed / 1000);
}

let sink = 0;
const runExtractor = () => {
  for (const a of articles) sink += extract({ text: a.text, publishedAt: a.publishedAt }).tariffs.length;
};
const runChrono = () => {
  for (const a of articles) sink += chrono.parse(a.text, a.ref).length;
};
for (let i = 0; i < 3; i++) {
  runExtractor(); // warm up the JIT and the regex caches
  runChrono();
}
// The two are timed in alternation so that load from other processes hits both alike.
const runs = 7;
const extractorRates: number[] = [];
const chronoRates: number[] = [];
const ratios: number[] = [];
for (let r = 0; r < runs; r++) {
  const e = rate(runExtractor, 300);
  const c = rate(runChrono, 300);
  extractorRates.push(e);
  chronoRates.push(c);
  ratios.push(c / e);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const extractor = median(extractorRates);
const bare = median(chronoRates);

const kb = articles.reduce((n, a) => n + a.text.length, 0) / articles.length / 1024;
console.log(`corpus: ${articles.length} articles from ${dir}, mean ${kb.toFixed(1)} KB`);
console.log(`extractor:          ${extractor.toFixed(0)} articles/s (${(1000 / extractor).toFixed(3)} ms/article)`);
console.log(`chrono-node parse:  ${bare.toFixed(0)} articles/s (${(1000 / bare).toFixed(3)} ms/article)`);
console.log(`cost ratio extractor/chrono: ${median(ratios).toFixed(2)}x (median of ${runs} alternating runs)`);
console.log(`BENCH extract_rate value=${extractor.toFixed(0)} unit=articles/s baseline=${bare.toFixed(0)} ratio=${(extractor / bare).toFixed(3)}`);
console.log(`BENCH extract_cost_vs_chrono value=${median(ratios).toFixed(3)} unit=x`);

// One very long page, timed whole (the target is under a second): the corpus's prose lines repeated
// to 1 MB, without the headlines and teasers that would let the extractor stop reading early.
const prose = articles.flatMap((a) => a.text.split("\n").filter((line) => line.length > 80)).join("\n");
let page = "A headline for a very long page of trade news\n";
while (page.length < 1_000_000) page += `${prose}\n`;
const oneMb = (run: () => unknown) =>
  median(
    Array.from({ length: 3 }, () => {
      const start = process.hrtime.bigint();
      run();
      return Number(process.hrtime.bigint() - start) / 1e6;
    }),
  );
const pageExtract = oneMb(() => (sink += extract({ text: page, publishedAt: articles[0].publishedAt }).tariffs.length));
const pageChrono = oneMb(() => (sink += chrono.parse(page, articles[0].ref).length));
console.log(`1 MB page: extractor ${pageExtract.toFixed(0)} ms, chrono-node ${pageChrono.toFixed(0)} ms (${(pageExtract / pageChrono).toFixed(2)}x, median of 3)`);
console.log(`BENCH extract_1mb_page value=${pageExtract.toFixed(0)} unit=ms baseline=${pageChrono.toFixed(0)} ratio=${(pageExtract / pageChrono).toFixed(3)}`);
if (sink < 0) console.log(sink);
