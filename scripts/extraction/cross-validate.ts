import type { Article } from "./corpus";
import { mergeTallies, scoreArticles, type Tally } from "./evaluate";
import { fitModel } from "./fit-model";
import { foldsByOutlet, type RealArticle } from "./real-corpus";
import { examplesFrom, mergeExamples } from "./training-data";

/**
 * Scores each outlet fold with a scorer fitted on the other four folds (plus `extraTraining`, the
 * written corpora, which are never scored here), then sums the folds.
 */
export function crossValidate(articles: RealArticle[], extraTraining: Article[], attributesToo = false, k = 5) {
  const folds = foldsByOutlet(articles, k);
  const perFold = folds.map((f) => examplesFrom(f));
  const extra = examplesFrom(extraTraining);
  const tallies: Tally[] = folds.map((test, i) => {
    const training = mergeExamples(extra, ...perFold.filter((_, j) => j !== i));
    return scoreArticles(test, attributesToo, fitModel(training, `folds other than ${i + 1}`));
  });
  return {
    folds: folds.map((f) => ({ articles: f.length, outlets: [...new Set(f.map((a) => a.outlet))] })),
    tally: mergeTallies(tallies),
  };
}
