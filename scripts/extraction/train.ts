import { writeFileSync } from "node:fs";
import { FACT_KINDS } from "../../lib/extraction/scorer/apply";
import { readWrittenCorpora } from "./corpus";
import { FIT_SETTINGS, fitModel } from "./fit-model";
import { DEFAULT_REAL_DIR, readRealCorpus } from "./real-corpus";
import { examplesFrom, mergeExamples, type ExampleSet } from "./training-data";

/**
 * npm run train:extract [-- --include-reviews] [--beta B] [--out FILE] [--real-dir DIR]
 * Fits the extractor's scorer on the real-article corpus (the texts fetched into .cache), the written
 * corpora and, with --include-reviews, every accept/edit/reject editors made in DATABASE_URL, then
 * writes lib/extraction/scorer/weights.json. Deterministic: the same data gives the same file.
 */
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = option("--out") ?? "lib/extraction/scorer/weights.json";
const beta = option("--beta") ? Number(option("--beta")) : FIT_SETTINGS.beta;
if (!(beta > 0)) {
  console.error("--beta must be a positive number (below 1 favours precision, above 1 recall)");
  process.exit(2);
}

const real = readRealCorpus(option("--real-dir") ?? DEFAULT_REAL_DIR);
if (real.missing.length) console.log(`${real.missing.length} real-corpus texts are not fetched and are left out of training.`);
const written = readWrittenCorpora();
const sets: ExampleSet[] = [examplesFrom(real.articles), examplesFrom(written)];
const sources = [`${real.articles.length} real articles`, `${written.length} written articles`];

if (args.includes("--include-reviews")) {
  const { openDatabase } = await import("../../lib/db/open");
  const { examplesFromReviews } = await import("./review-examples");
  const db = await openDatabase();
  try {
    const reviews = await examplesFromReviews(db);
    sets.push(reviews.examples);
    sources.push(`${reviews.decisions} review decisions on ${reviews.articles} articles`);
  } finally {
    await db.$disconnect();
  }
}

const model = fitModel(mergeExamples(...sets), sources.join(", "), { ...FIT_SETTINGS, beta });
writeFileSync(out, `${JSON.stringify(model, null, 1)}\n`);
console.log(`trained on ${model.trainedOn}; wrote ${out}`);
for (const type of FACT_KINDS) {
  const t = model.types[type];
  console.log(`  ${type.padEnd(13)} ${String(t.fitted.examples).padStart(5)} examples (${t.fitted.positives} positive)  threshold ${t.threshold}  training P ${t.fitted.precision} R ${t.fitted.recall}`);
}
