import { describe, expect, it } from "vitest";
import { buildDocument } from "./document";

describe("a deck, caption or subheads early in the story", () => {
  it("skips unbulleted headline-like lines before the story has three sentences", () => {
    const text = [
      "Cheese Quarrel Deepens Between Two Capitals",
      "",
      "Overview: the dairy board answered a new levy with a complaint to the trade body.",
      "Agriculture Minister Arrives In Bern On Monday Evening",
      "(Staff Photographer/Picture Agency)",
      "The board said on Friday that the 30 percent levy on hard cheese would start on May 2.",
    ].join("\n");
    const d = buildDocument(text);
    expect(d.sentences.map((s) => text.slice(s.start, s.end))).toContain("The board said on Friday that the 30 percent levy on hard cheese would start on May 2.");
  });

  it("reads on past an inline 'Read more: title' teaser", () => {
    const text = [
      "Cheese Quarrel Deepens Between Two Capitals",
      "",
      "The dairy board said on Friday it would answer the new levy with a complaint to the trade body.",
      "",
      "Read also: Butter prices climb for a third straight month",
      "",
      "The farm minister is expected to attend a regional meeting in Lisbon next week, officials said.",
    ].join("\n");
    const d = buildDocument(text);
    expect(d.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "The dairy board said on Friday it would answer the new levy with a complaint to the trade body.",
      "The farm minister is expected to attend a regional meeting in Lisbon next week, officials said.",
    ]);
  });
});
