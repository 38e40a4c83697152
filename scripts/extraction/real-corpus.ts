import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { goldSchema, type Article } from "./corpus";

/**
 * The real-article corpus: gold records (shared, read-only) whose texts are fetched once per machine
 * into the git-ignored .cache/corpus/real/<id>.txt. A text that is missing or whose hash differs is
 * reported and left out, never guessed at.
 */
export const DEFAULT_REAL_DIR = "../shared/corpus/real";
export const REAL_TEXT_DIR = ".cache/corpus/real";

const realRecordSchema = z.object({
  id: z.string(),
  url: z.string(),
  query: z.string(),
  textSha256: z.string(),
  textSha256Normalized: z.string(),
  textLength: z.number(),
  gold: goldSchema,
});

export interface RealArticle extends Article {
  /** The outlet, from the record id ("ap-2025-…" → "ap"): cross-validation keeps an outlet in one fold. */
  outlet: string;
}

export interface RealCorpus {
  articles: RealArticle[];
  missing: { id: string; reason: string }[];
}

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");
/** The README's normalised form: NFKC, every whitespace run one space, ends trimmed. */
export const normalizeForHash = (s: string) => s.normalize("NFKC").replace(/\s+/g, " ").trim();

export function readRealCorpus(recordDir = DEFAULT_REAL_DIR, textDir = REAL_TEXT_DIR): RealCorpus {
  if (!existsSync(recordDir)) throw new Error(`No real-corpus records at ${recordDir} (pass --real-dir DIR)`);
  const articles: RealArticle[] = [];
  const missing: RealCorpus["missing"] = [];
  for (const file of readdirSync(recordDir).filter((f) => f.endsWith(".json")).sort()) {
    const record = realRecordSchema.parse(JSON.parse(readFileSync(join(recordDir, file), "utf8")));
    const path = join(textDir, `${record.id}.txt`);
    if (!existsSync(path)) {
      missing.push({ id: record.id, reason: "text not fetched" });
      continue;
    }
    const text = readFileSync(path, "utf8");
    if (sha256(text) !== record.textSha256 && sha256(normalizeForHash(text)) !== record.textSha256Normalized) {
      missing.push({ id: record.id, reason: "text differs from the record's sha256" });
      continue;
    }
    articles.push({ name: record.id, text, gold: record.gold, outlet: record.id.split("-")[0] });
  }
  return { articles, missing };
}

/**
 * Outlets dealt into k folds: largest outlets first, each to the fold with the fewest articles so
 * far, ties broken by a hash of the outlet name so the split is stable and not alphabetical.
 */
export function foldsByOutlet<T extends { outlet: string }>(articles: T[], k = 5): T[][] {
  const byOutlet = new Map<string, T[]>();
  for (const a of articles) byOutlet.set(a.outlet, [...(byOutlet.get(a.outlet) ?? []), a]);
  const outlets = [...byOutlet.keys()].sort(
    (a, b) => byOutlet.get(b)!.length - byOutlet.get(a)!.length || sha256(a).localeCompare(sha256(b)),
  );
  const folds: T[][] = Array.from({ length: k }, () => []);
  for (const outlet of outlets) {
    const smallest = folds.reduce((best, f, i) => (f.length < folds[best].length ? i : best), 0);
    folds[smallest].push(...byOutlet.get(outlet)!);
  }
  return folds;
}
