import { describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES } from "../ingest/limits";
import { articleInputSchema } from "./article";
import { articlePasteSchema, detailsToFields, EMPTY_PASTE, fieldsFromPreview, guessFormat, pasteFieldErrors, toArticleInput } from "./article-paste";

const issues = (values: unknown) => {
  const result = articlePasteSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the paste form's schema", () => {
  it("asks for the article and a readable publication time, nothing else", () => {
    expect(issues(EMPTY_PASTE)).toEqual({ body: "Paste the article's text, HTML or Markdown" });
    expect(issues({ ...EMPTY_PASTE, body: "   \n" })).toHaveProperty("body");
    expect(issues({ ...EMPTY_PASTE, body: "Talks resume.", publishedAt: "next Monday" })).toHaveProperty("publishedAt");
    expect(issues({ ...EMPTY_PASTE, body: "Talks resume.", publishedAt: "2025-06-02 13:30", timeZone: "Asia/Tokyo" })).toEqual({});
    expect(issues({ ...EMPTY_PASTE, body: "Talks resume.", timeZone: "Mars/Olympus" })).toHaveProperty("timeZone");
    expect(issues({ ...EMPTY_PASTE, body: "Talks resume.", url: "ftp://example.org/a" })).toHaveProperty("url");
  });

  it("refuses an article over the size limit, counting bytes rather than characters", () => {
    const body = "é".repeat(MAX_ARTICLE_BYTES / 2 + 1);
    expect(body.length).toBeLessThan(MAX_ARTICLE_BYTES);
    expect(issues({ ...EMPTY_PASTE, body })).toHaveProperty("body");
  });

  it("sends the body under its format and only the details given, in a shape the API accepts", () => {
    const parsed = articlePasteSchema.parse({ ...EMPTY_PASTE, format: "markdown", body: "# Talks", publisher: " Kyodo News ", publishedAt: "2025-06-02" });
    const input = toArticleInput(parsed);
    expect(input).toEqual({ markdown: "# Talks", publisher: "Kyodo News", publishedAt: "2025-06-02" });
    expect(articleInputSchema.safeParse(input).success).toBe(true);
  });

  it("shows detected details as the inputs' text", () => {
    expect(detailsToFields({ title: "T", publisher: null, url: "https://news.example/a", publishedAt: "2025-06-02T13:30:00+09:00" })).toEqual({
      title: "T",
      publisher: "",
      url: "https://news.example/a",
      publishedAt: "2025-06-02T13:30:00+09:00",
      timeZone: "",
    });
  });

  it("leaves a time found without a zone as written, so the editor adds the zone", () => {
    const detected = { title: "T", publisher: "Kyodo News", url: null, publishedAt: "2025-06-02T12:00:00", timeZone: null };
    expect(fieldsFromPreview({ article: { ...detected, publishedAt: "2025-06-02T12:00:00+00:00" }, detected })).toMatchObject({
      publishedAt: "2025-06-02T12:00:00",
      timeZone: "",
    });
    expect(issues({ ...EMPTY_PASTE, body: "x", publishedAt: "2025-06-02T12:00:00" })).toHaveProperty("publishedAt");
    const zoned = { ...detected, publishedAt: "2025-06-02T13:30:00+09:00", timeZone: "+09:00" };
    expect(fieldsFromPreview({ article: zoned, detected: zoned })).toMatchObject({ publishedAt: "2025-06-02T13:30:00+09:00", timeZone: "+09:00" });
  });

  it("puts the server's errors on the form's fields", () => {
    expect(pasteFieldErrors(400, { text: "Give the article as exactly one of text, html or markdown" }, "text: …")).toEqual({
      body: "Give the article as exactly one of text, html or markdown",
    });
    expect(pasteFieldErrors(400, { html: "No article text was found", publishedAt: "No publication time" }, "")).toEqual({
      body: "No article text was found",
      publishedAt: "No publication time",
    });
    expect(pasteFieldErrors(413, {}, "The article is larger than the 5 MB limit")).toEqual({ body: "The article is larger than the 5 MB limit" });
    expect(pasteFieldErrors(500, {}, "Something went wrong")).toEqual({});
  });
});

describe("guessing what was pasted", () => {
  it("recognizes pages and fragments of HTML", () => {
    expect(guessFormat("<!doctype html><html><body><p>Talks</p></body></html>")).toBe("html");
    expect(guessFormat("  <article><h1>Talks</h1><p>Resume.</p></article>")).toBe("html");
  });

  it("recognizes Markdown by its front matter or by several of its marks", () => {
    expect(guessFormat("---\ntitle: Talks\n---\nJapan and the United States meet.")).toBe("markdown");
    expect(guessFormat("# Talks resume\n\nThe **sixth** round, [source](https://news.example/a).")).toBe("markdown");
  });

  it("takes everything else as text, even with a stray mark", () => {
    expect(guessFormat("Kyodo News\n\nTalks resume on Friday.")).toBe("text");
    expect(guessFormat("The 3 < 4 rule: tariffs *may* rise.")).toBe("text");
    expect(guessFormat("# 1 priority for Tokyo: autos.")).toBe("text");
  });
});
