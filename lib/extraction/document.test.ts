import { describe, expect, it } from "vitest";
import { buildDocument } from "./document";

const page = [
  "DAILY TRADE NOTES",
  "World | Business | Markets",
  "",
  "Ministers agree to meet again as tariff deadline nears",
  "By A. Writer | 3 June 2025, 10:00",
  "",
  "TOKYO — Trade ministers from both countries agreed on Tuesday to meet again before the deadline, officials said.",
  "",
  "Advertisement",
  "",
  "The two sides have held five rounds of talks since April and expect a sixth round soon.",
  "Photo: Delegates at a signing ceremony in another city last year, where a 99% levy was discussed.",
  "",
  "Related",
  "China slaps 77% levy on lobsters",
  "Markets rally on hopes of deal",
  "Comments (4)",
  "reader1 · 2h",
  "Ten years ago this would have been a 12% tariff on everything, and nobody cared at all.",
].join("\n");

describe("article body detection", () => {
  const doc = buildDocument(page);
  const sentences = doc.sentences.map((s) => page.slice(s.start, s.end));

  it("finds the headline and the masthead", () => {
    expect(doc.title).toBe("Ministers agree to meet again as tariff deadline nears");
    expect(doc.publisher).toBe("Daily Trade Notes");
  });

  it("keeps the story and drops the dateline, ads, captions, teasers and comments", () => {
    expect(sentences[0]).toMatch(/^Trade ministers from both countries/);
    expect(sentences).toHaveLength(2);
    expect(sentences.join(" ")).not.toMatch(/99%|77%|12%|Advertisement/);
  });

  it("ends the body at a run of headline-like teaser lines even without a heading", () => {
    const text = "Headline about tariffs and talks here\n\nThe minister said on Monday that the talks would continue next week in Geneva.\n• Rupee slips as oil climbs\n• Steel tariff of 45% looms for exporters\nA later paragraph that should never be read as part of the story at all.";
    const d = buildDocument(text);
    expect(d.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["The minister said on Monday that the talks would continue next week in Geneva."]);
  });
});

describe("sub-headings inside a story", () => {
  it("does not end the story at a run of sub-headings that long prose follows", () => {
    const text = [
      "Peru braces for a tariff rise as talks stall in Washington",
      "",
      "Peruvian officials said on Monday that talks with U.S. negotiators had stalled over farm access and copper quotas.",
      "Slower progress on farm access",
      "Copper quotas still open",
      "Worries over digital rules too",
      "The trade minister told reporters that a new round would be held next month in Lima, and that Peru would not accept a higher rate on its copper exports without a broader agreement on farm goods.",
    ].join("\n");
    const doc = buildDocument(text);
    expect(doc.sentences.some((s) => s.f.includes("new round would be held"))).toBe(true);
  });
});
