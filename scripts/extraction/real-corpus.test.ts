import { createHash } from "node:crypto";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foldsByOutlet, normalizeForHash, readRealCorpus } from "./real-corpus";

const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");
const gold = { source: { publishedAt: "2025-06-02" }, rounds: [], participants: [], tariffs: [], milestones: [] };

function corpusWith(texts: Record<string, { text: string; stored?: string }>) {
  const root = mkdtempSync(join(tmpdir(), "real-corpus-"));
  const records = join(root, "records");
  const cache = join(root, "cache");
  mkdirSync(records);
  mkdirSync(cache);
  for (const [id, { text, stored }] of Object.entries(texts)) {
    const record = { id, url: `https://news.example/${id}`, query: "q", textSha256: sha(text), textSha256Normalized: sha(normalizeForHash(text)), textLength: text.length, gold };
    writeFileSync(join(records, `${id}.json`), JSON.stringify(record));
    if (stored !== undefined) writeFileSync(join(cache, `${id}.txt`), stored);
  }
  return readRealCorpus(records, cache);
}

describe("the real-article corpus reader", () => {
  it("reads fetched texts, accepts a copy that lost a non-breaking space, and names what is missing or altered", () => {
    const text = "Trade ministers met in Geneva.\u00a0Talks resume next week.";
    const corpus = corpusWith({
      "wire-a": { text, stored: text },
      "wire-b": { text, stored: text.replace("\u00a0", " ") },
      "paper-c": { text },
      "paper-d": { text, stored: "A different story altogether." },
    });
    expect(corpus.articles.map((a) => [a.name, a.outlet])).toEqual([["wire-a", "wire"], ["wire-b", "wire"]]);
    expect(corpus.missing).toEqual([
      { id: "paper-c", reason: "text not fetched" },
      { id: "paper-d", reason: "text differs from the record's sha256" },
    ]);
  });

  it("keeps every outlet in one fold and balances the folds", () => {
    const articles = ["ap", "ap", "ap", "bbc", "cna", "cna", "dw", "efe", "fmt", "gn", "ht", "ht"].map((outlet, i) => ({ outlet, i }));
    const folds = foldsByOutlet(articles, 5);
    expect(folds.flat()).toHaveLength(articles.length);
    for (const outlet of new Set(articles.map((a) => a.outlet))) {
      expect(folds.filter((f) => f.some((a) => a.outlet === outlet))).toHaveLength(1);
    }
    const sizes = folds.map((f) => f.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(foldsByOutlet(articles, 5)).toEqual(folds);
  });
});
