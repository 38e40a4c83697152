import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../lib/extraction/extract";
import { readCorpus } from "./corpus";
import { FACT_TYPES, type Fact, prf, scoreType } from "./score";
import { whenInside } from "./when-range";

describe("FORMAT.md scoring rules", () => {
  it("matches a date that falls inside the gold interval or month, not one that only overlaps", () => {
    expect(whenInside("2025-06-04", "2025-06-02/2025-06-08")).toBe(true);
    expect(whenInside("2025-06-04", "2025-06")).toBe(true);
    expect(whenInside("2025-06-03/2025-06-05", "2025-06-02/2025-06-08")).toBe(true);
    expect(whenInside("2025-06-01/2025-06-05", "2025-06-02/2025-06-08")).toBe(false);
    expect(whenInside("2025-07", "2025-06/2025-08")).toBe(true);
  });

  it("folds case and accents in names but needs the full name", () => {
    const gold: Fact[] = [{ name: "Maroš Šefčovič", country: "EUN" }];
    expect(scoreType("participants", [{ name: "MAROS SEFCOVIC", country: "EUN" }], gold).tp).toBe(1);
    expect(scoreType("participants", [{ name: "Sefcovic", country: "EUN" }], gold).tp).toBe(0);
  });

  it("lists the matched pairs whose attributes disagree", () => {
    const t = { imposer: "USA", target: "JPN", sector: "all", rate: 10 };
    const s = scoreType("tariffs", [{ ...t, kind: "baseline", status: "paused" }], [{ ...t, kind: "baseline", status: "in-effect" }]);
    expect(s.disagreements.map((d) => `${d.attribute}:${String(d.extracted.status)}>${String(d.gold.status)}`)).toEqual(["status:paused>in-effect"]);
  });

  it("neither rewards nor punishes optional facts, and counts duplicates as false positives", () => {
    const t = { imposer: "USA", target: "JPN", sector: "all", rate: 10 };
    const gold: Fact[] = [t, { ...t, target: "*", required: false }];
    const s = scoreType("tariffs", [t, { ...t, target: "*" }, t], gold);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 0]);
  });

  it("matches unnumbered rounds on parties and date", () => {
    const gold: Fact[] = [{ parties: ["USA", "CHN"], number: null, when: "2025-05-10/2025-05-11" }];
    expect(scoreType("rounds", [{ parties: ["CHN", "USA"], number: null, when: "2025-05-11" }], gold).tp).toBe(1);
    expect(scoreType("rounds", [{ parties: ["CHN", "USA"], number: null, when: "2025-05-12" }], gold).tp).toBe(0);
  });

  it("computes precision, recall and F1", () => {
    expect(prf(9, 1, 1)).toEqual({ p: 0.9, r: 0.9, f1: expect.closeTo(0.9, 9) });
  });
});

describe("the extractor on its own fixtures", () => {
  it("reaches the dev-corpus targets (P ≥ 0.90, R ≥ 0.85) on articles written for these rules", () => {
    const dir = join(import.meta.dirname, "../../lib/extraction/fixtures");
    expect(readdirSync(dir).some((f) => f.endsWith(".gold.json"))).toBe(true);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const a of readCorpus(dir)) {
      if (!a.gold) continue;
      const out = extract({ text: a.text, publishedAt: a.gold.source.publishedAt });
      for (const type of FACT_TYPES) {
        const s = scoreType(type, out[type] as Fact[], a.gold[type] as Fact[]);
        tp += s.tp;
        fp += s.fp;
        fn += s.fn;
      }
    }
    const { p, r } = prf(tp, fp, fn);
    expect(p).toBeGreaterThanOrEqual(0.9);
    expect(r).toBeGreaterThanOrEqual(0.85);
  });
});

describe("the round-restating milestone rule", () => {
  const goldRounds: Fact[] = [{ parties: ["CHN", "USA"], number: null, when: "2025-05-10/2025-05-11" }];

  it("counts a meeting, summit or call on a gold round's dates as neither hit nor false positive", () => {
    const s = scoreType("milestones", [{ kind: "meeting", when: "2025-05-10" }, { kind: "call", when: "2025-05-11" }], [], goldRounds);
    expect([s.tp, s.fp, s.fn]).toEqual([0, 0, 0]);
  });

  it("still counts other kinds, and meetings on other days, as false positives", () => {
    const s = scoreType("milestones", [{ kind: "deadline", when: "2025-05-10" }, { kind: "meeting", when: "2025-05-14" }], [], goldRounds);
    expect([s.tp, s.fp, s.fn]).toEqual([0, 2, 0]);
  });
});
