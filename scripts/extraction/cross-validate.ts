import { extract } from "../../lib/extraction/extract";
import { addArticle, emptyTally, mergeTallies, type Tally } from "./evaluate";
import { foldsByOutlet, type RealArticle } from "./real-corpus";

/** Scores each outlet fold with whatever is fitted on the other folds, then sums the folds. */
export function crossValidate(articles: RealArticle[], attributesToo = false, k = 5) {
  const folds = foldsByOutlet(articles, k);
  const tallies: Tally[] = folds.map((test) => {
    const tally = emptyTally();
    for (const a of test) if (a.gold) addArticle(tally, a, extract({ text: a.text, publishedAt: a.gold.source.publishedAt }), attributesToo);
    return tally;
  });
  return {
    folds: folds.map((f) => ({ articles: f.length, outlets: [...new Set(f.map((a) => a.outlet))] })),
    tally: mergeTallies(tallies),
  };
}
