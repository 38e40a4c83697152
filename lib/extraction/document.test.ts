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

  it("does not end the body at headline-like summary lines before the story has two paragraphs", () => {
    const text = [
      "Minister heads to Ottawa as dairy tariff row deepens",
      "Summary",
      "- The minister will travel this week to press for lower dairy duties.",
      '"We are not going to accept quotas that hurt our farmers"',
      "Quota fight looms over cheese",
      "Farm lobby warns of job losses",
      "",
      "The agriculture minister said on Tuesday she would fly to Ottawa to seek a deal on dairy quotas.",
    ].join("\n");
    const d = buildDocument(text);
    expect(d.sentences.map((s) => text.slice(s.start, s.end)).join(" ")).toMatch(/fly to Ottawa/);
  });

  it("skips an inline 'Read more:' teaser without ending the story", () => {
    const text = [
      "Exporters brace for new steel duties next month",
      "",
      "The trade ministry said on Friday that talks with Brussels would resume next week.",
      "",
      "Read more: Why steel makers fear a quota squeeze",
      "",
      "Officials expect a ministerial meeting in Brussels before the end of the month.",
    ].join("\n");
    const d = buildDocument(text);
    const out = d.sentences.map((s) => text.slice(s.start, s.end));
    expect(out).toContain("Officials expect a ministerial meeting in Brussels before the end of the month.");
    expect(out.join(" ")).not.toMatch(/quota squeeze/);
  });

  it("does not take a photo title and its credit for a block of teasers", () => {
    const text = [
      "Beijing answers new chip curbs with export licences",
      "",
      "The commerce ministry set out a licensing regime for magnets on Thursday.",
      "Harbour Cranes Stand Idle At The Port On A Foggy Morning",
      "(Lee Wan/Getty Images)",
      "Exporters said on Friday that shipments of magnets had slowed sharply.",
    ].join("\n");
    const d = buildDocument(text);
    expect(d.sentences.map((s) => text.slice(s.start, s.end))).toContain("Exporters said on Friday that shipments of magnets had slowed sharply.");
  });

  it("keeps a long last paragraph that the excerpt cuts off mid-sentence, but not a wire-photo caption", () => {
    const text =
      "Headline about tariffs and talks here\n\n" +
      "Delegates wait outside the venue in Lisbon, Portugal, March 3, 2026. - REUTERS/Ana Pereira\n" +
      "The minister said on Monday that the talks would continue next week in Lisbon.\n" +
      "Both delegations noted real progress and tabled fresh proposals for discussion in the fourth round on March 9, pledging to keep working toward an outcome that would serve both econ";
    const d = buildDocument(text);
    const kept = d.sentences.map((s) => text.slice(s.start, s.end));
    expect(kept).toHaveLength(2);
    expect(kept[1]).toMatch(/fourth round on March 9/);
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
