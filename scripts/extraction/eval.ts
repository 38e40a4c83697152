import { readCorpus, readWrittenCorpora } from "./corpus";
import { formatScores, scoreArticles, type Tally } from "./evaluate";
import { crossValidate } from "./cross-validate";
import { DEFAULT_REAL_DIR, readRealCorpus } from "./real-corpus";

/**
 * npm run eval:extract -- <dir> [--attributes]        NAME.txt + NAME.gold.json pairs (the written corpus)
 * npm run eval:extract -- --real [--cv] [--attributes] [--real-dir DIR] [--quiet]
 *   the real-article corpus: gold records beside texts fetched into .cache/corpus/real; --cv scores
 *   each outlet fold with a scorer fitted on the other four (FORMAT.md scoring throughout).
 */
// Piping into `head` closes stdout early; that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const attributesToo = flag("--attributes");
const quiet = flag("--quiet");
const dir = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--real-dir");

function print(title: string, tally: Tally) {
  console.log(`${title} (${tally.articles} articles)`);
  for (const l of formatScores(tally)) console.log(l);
  if (!quiet) {
    console.log("");
    for (const d of tally.details) console.log(d);
  }
}

if (flag("--real")) {
  const corpus = readRealCorpus(option("--real-dir") ?? DEFAULT_REAL_DIR);
  if (corpus.missing.length) {
    console.log(`${corpus.missing.length} real-corpus texts left out (fetch them as ${DEFAULT_REAL_DIR}/README.md says):`);
    for (const m of corpus.missing) console.log(`  ${m.id}: ${m.reason}`);
    console.log("");
  }
  if (!corpus.articles.length) {
    console.log("No real-corpus texts to score.");
    process.exit(0);
  }
  if (flag("--cv")) {
    const { folds, tally } = crossValidate(corpus.articles, readWrittenCorpora(), attributesToo);
    console.log("folds by outlet:");
    folds.forEach((f, i) => console.log(`  fold ${i + 1}: ${f.articles} articles, ${f.outlets.length} outlets`));
    console.log("");
    print("real corpus, cross-validated by outlet, 5 folds", tally);
  } else {
    print("real corpus", scoreArticles(corpus.articles, attributesToo));
  }
} else if (dir) {
  print(dir, scoreArticles(readCorpus(dir), attributesToo));
} else {
  console.error("usage: npm run eval:extract -- <corpus-dir> [--attributes] | --real [--cv] [--attributes] [--real-dir DIR]");
  process.exit(2);
}
