import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "./extract";
import { type Extraction, extractionSchema } from "./schema";

const PUB = "2025-06-02T13:30:00+09:00";

function allEvidence(out: Extraction) {
  return [...out.rounds, ...out.participants, ...out.tariffs, ...out.milestones].map((f) => f.evidence);
}

/** Article-like text: sentences built from words that fire the rules, mixed with arbitrary noise. */
const WORDS = ["tariff", "25%", "per cent", "Japan", "U.S.", "Washington", "on Monday", "last week", "round", "third", "Minister",
  "Akazawa", "took effect", "threatened", "steel", "cars", "Aug. 1", "deadline", "said", "the", "and", "\n", ".", ",", "Related"];
const articleLike = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: "grapheme", maxLength: 6 })), { maxLength: 120 }).map((w) => w.join(" "));

describe("robustness", () => {
  it("never throws on arbitrary Unicode, lone surrogates included, and always fits the schema", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), fc.string({ unit: "grapheme", maxLength: 400 }), articleLike), (text) => {
        const out = extract({ text, publishedAt: PUB });
        expect(extractionSchema.safeParse(out).success).toBe(true);
        for (const e of allEvidence(out)) expect(text.slice(e.start, e.end)).toBe(e.quote);
      }),
      { numRuns: 300 },
    );
  });

  it("evidence slices to its quote on every fixture article", () => {
    const dir = join(import.meta.dirname, "fixtures");
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
      const text = readFileSync(join(dir, f), "utf8");
      const out = extract({ text, publishedAt: PUB });
      expect(extractionSchema.parse(out)).toBeTruthy();
      for (const e of allEvidence(out)) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it("is deterministic", () => {
    fc.assert(fc.property(articleLike, (text) => {
      expect(extract({ text, publishedAt: PUB })).toEqual(extract({ text, publishedAt: PUB }));
    }), { numRuns: 50 });
  });

  it("reads a 1 MB article to the end without stalling", () => {
    const dir = join(import.meta.dirname, "fixtures");
    const body = readdirSync(dir).filter((n) => n.endsWith(".txt")).map((n) => readFileSync(join(dir, n), "utf8").split("\n").filter((l) => l.length > 80).join("\n")).join("\n");
    let text = "A headline for a very long page of trade news\n";
    while (text.length < 1_000_000) text += `${body}\n`;
    const started = performance.now();
    const out = extract({ text, publishedAt: PUB });
    const elapsed = performance.now() - started;
    expect(out.tariffs.length).toBeGreaterThan(0);
    // Only a guard against runaway (super-linear) matching: the < 1 s target is measured by
    // `npm run bench:extract`, which times the same kind of page without other tests competing.
    expect(elapsed).toBeLessThan(10_000);
  });
});
