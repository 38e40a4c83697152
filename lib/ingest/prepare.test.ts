/** Ingest without a database: metadata detection, Readability reduction, normalization, type checks. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HttpError } from "../api/http-error";
import { MAX_ARTICLE_BYTES } from "./limits";
import { contentHash, normalizeText, normalizeUrl } from "./normalize";
import { prepareArticle } from "./prepare";
import { sniffFile } from "./sniff";

const fixture = readFileSync(new URL("../extraction/fixtures/fx-thailand-third-round.txt", import.meta.url), "utf8");

const BODY = [
  "TOKYO — Japan's top tariff negotiator Ryosei Akazawa is arranging to visit Washington later this week for a sixth round of ministerial talks with the United States, government sources said Monday.",
  "Akazawa, the minister in charge of economic and fiscal policy, is expected to meet Commerce Secretary Howard Lutnick and Treasury Secretary Scott Bessent during the trip.",
  "Japan is seeking the removal of the 25 percent tariff on automobiles, which it sees as the biggest obstacle to a deal before the July deadline.",
];

const page = (head: string, extra = "") => `<!doctype html><html lang="en"><head>${head}
  <style>body { color: red }</style><script>window.__xss = 1</script></head>
  <body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
  <main><article><h1>Japan's top negotiator eyes U.S. trip this week for 6th tariff talks</h1>
  <p class="byline">By Staff Writer</p>${BODY.map((p) => `<p>${p}</p>`).join("")}${extra}</article>
  <aside><h3>Most read</h3><ul><li><a href="/a">Markets slump as yen rises</a></li><li><a href="/b">Ten things to know</a></li></ul></aside></main>
  <footer>© 2025 Example News. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>`;

const OG = `<title>Japan eyes 6th round | Example News</title>
  <meta property="og:site_name" content="Example News">
  <meta property="og:title" content="Japan's top negotiator eyes U.S. trip this week for 6th tariff talks">
  <meta property="og:url" content="https://news.example/2025/06/02/japan-talks?utm_source=feed&id=7#top">
  <meta property="article:published_time" content="2025-06-02T13:30:00+09:00">`;

describe("HTML pages", () => {
  it("reads Open Graph and article meta tags", () => {
    const a = prepareArticle({ kind: "html", content: page(OG) });
    expect(a).toMatchObject({
      title: "Japan's top negotiator eyes U.S. trip this week for 6th tariff talks",
      publisher: "Example News",
      url: "https://news.example/2025/06/02/japan-talks?id=7",
      published: { iso: "2025-06-02T13:30:00+09:00", timeZone: "+09:00" },
    });
  });

  it("reads JSON-LD (NewsArticle in a @graph) and the canonical link, resolved against the page address", () => {
    const ld = JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Site" },
        {
          "@type": ["NewsArticle"],
          headline: "Japan eyes sixth round",
          datePublished: "2025-06-02T04:30:00Z",
          publisher: { "@type": "Organization", name: "Kyodo News" },
          author: [{ "@type": "Person", name: "Aiko Sato" }],
        },
      ],
    });
    const head = `<link rel="canonical" href="/news/2025/06/abc.html"><script type="application/ld+json">${ld}</script><script type="application/ld+json">{broken</script>`;
    const a = prepareArticle({ kind: "html", content: page(head) }, { url: "https://english.kyodonews.example/x?utm_medium=y", timeZone: "Asia/Tokyo" });
    expect(a.detected).toMatchObject({ title: "Japan eyes sixth round", publisher: "Kyodo News", url: "https://english.kyodonews.example/news/2025/06/abc.html" });
    // The editor's address wins over the page's canonical one.
    expect(a.url).toBe("https://english.kyodonews.example/x");
    expect(a.published).toMatchObject({ iso: "2025-06-02T13:30:00+09:00", timeZone: "Asia/Tokyo" });
    expect(a.text).toContain("By Aiko Sato");
  });

  it("reads a byline's time and zone when the page has no meta tags", () => {
    const a = prepareArticle({ kind: "html", content: page("<title>Talks</title>").replace("By Staff Writer", "By Staff Writer | Updated: 2 June 2025, 01:30 PM JST") });
    expect(a.published).toMatchObject({ iso: "2025-06-02T13:30:00+09:00", timeZone: "Asia/Tokyo" });
  });

  it("lets the editor's values win over the detected ones, and keeps what was detected", () => {
    const a = prepareArticle({ kind: "html", content: page(OG) }, { title: "My title", publisher: "Kyodo", publishedAt: "2025-06-02T08:00:00-04:00" });
    expect(a).toMatchObject({ title: "My title", publisher: "Kyodo", published: { iso: "2025-06-02T08:00:00-04:00" } });
    expect(a.detected).toMatchObject({ title: expect.stringContaining("6th tariff talks"), publisher: "Example News" });
  });

  it("reduces the page to the story: no menus, teasers, footers, scripts or styles", () => {
    const a = prepareArticle({ kind: "html", content: page(OG) });
    expect(a.text.split("\n\n")).toEqual([
      "Japan's top negotiator eyes U.S. trip this week for 6th tariff talks",
      "By Staff Writer",
      ...BODY,
    ]);
    for (const noise of ["Home", "Most read", "Markets slump", "All rights reserved", "color: red", "__xss"]) {
      expect(a.text).not.toContain(noise);
      expect(a.html).not.toContain(noise);
    }
    expect(a.html).toContain("<p>TOKYO — Japan's top tariff negotiator");
  });

  it("gives relative links absolute addresses when the page's address is known, and drops them otherwise", () => {
    const extra = `<p>See <a href="/related/1">the earlier story</a> and <a href="https://other.example/x">this</a>.</p>`;
    expect(prepareArticle({ kind: "html", content: page(OG, extra) }, { url: "https://news.example/a" }).html).toContain(
      '<a href="https://news.example/related/1" rel="noopener noreferrer nofollow ugc">the earlier story</a>',
    );
    expect(prepareArticle({ kind: "html", content: page(OG, extra) }).html).toContain("<a>the earlier story</a>");
  });

  it("treats a short fragment as the article itself", () => {
    const a = prepareArticle({ kind: "html", content: "<p>Japan and the U.S. meet Friday.</p><p>Talks continue.</p>" }, { publishedAt: "2025-06-02" });
    expect(a.text).toBe("Japan and the U.S. meet Friday.\n\nTalks continue.");
  });

  it("refuses a page with no text", () => {
    expect(() => prepareArticle({ kind: "html", content: "<script>alert(1)</script><img src=x>" })).toThrow("No article text");
  });
});

describe("plain text and Markdown", () => {
  it("reads masthead, headline and byline time from a scraped text", () => {
    const a = prepareArticle({ kind: "text", content: fixture });
    expect(a.html).toBeNull();
    expect(a.title).toBeTruthy();
    expect(a.published?.iso).toMatch(/^2025-\d{2}-\d{2}T/);
    expect(a.text).toBe(normalizeText(fixture));
  });

  it("places a byline's local time in a zone given elsewhere, or keeps it as printed", () => {
    const text = `Talks resume in Washington\nJune 15, 2025 - 19:00\n\n${BODY[0]}`;
    expect(prepareArticle({ kind: "text", content: text }, {}, { timeZone: "Asia/Ho_Chi_Minh" }).published).toMatchObject({
      iso: "2025-06-15T19:00:00+07:00",
      timeZone: "Asia/Ho_Chi_Minh",
    });
    expect(prepareArticle({ kind: "text", content: text }).published).toMatchObject({ iso: "2025-06-15T19:00:00+00:00", timeZone: null });
  });

  it("reads an address written in the header", () => {
    const a = prepareArticle({ kind: "text", content: `Talks resume\nSource: https://news.example/story?utm_campaign=x\n\n${BODY[0]}` });
    expect(a.url).toBe("https://news.example/story");
  });

  it("reads Markdown front matter and renders the body through the sanitizer", () => {
    const md = `---\ntitle: "Japan eyes sixth round"\npublisher: Example News\ndate: 2025-06-02T13:30:00+09:00\nurl: https://news.example/md\n---\n# Japan eyes sixth round\n\n${BODY[0]}\n\n- first point\n- second point\n\n<script>alert(1)</script>\n`;
    const a = prepareArticle({ kind: "markdown", content: md });
    expect(a).toMatchObject({ title: "Japan eyes sixth round", publisher: "Example News", url: "https://news.example/md", published: { iso: "2025-06-02T13:30:00+09:00" } });
    expect(a.text).toBe(`Japan eyes sixth round\n\n${BODY[0]}\n\nfirst point\nsecond point`);
    expect(a.html).not.toContain("script");
  });

  it("refuses an article over the size limit with 413", () => {
    const big = "a".repeat(MAX_ARTICLE_BYTES + 1);
    expect(() => prepareArticle({ kind: "text", content: big })).toThrow(expect.objectContaining({ status: 413 }));
  });
});

describe("dedupe keys", () => {
  it("gives the same hash to the same text with other spacing, line endings and invisible characters", () => {
    const a = "Japan and the U.S. meet Friday.\n\nTalks continue.";
    expect(contentHash(normalizeText("\uFEFFJapan and the U.S.  meet Friday.\r\n\r\n\r\nTalks\u200B continue.  "))).toBe(contentHash(a));
    expect(contentHash(a)).not.toBe(contentHash(a.replace("Friday", "Monday")));
  });

  it("normalizes addresses: no fragment, no tracking parameters, lower-case host", () => {
    expect(normalizeUrl("HTTPS://News.Example:443/a/b?utm_source=x&id=3&fbclid=y#frag")).toBe("https://news.example/a/b?id=3");
    expect(normalizeUrl("javascript:alert(1)")).toBeNull();
    expect(normalizeUrl("https://user:pw@news.example/")).toBeNull();
    expect(normalizeUrl("not a url")).toBeNull();
  });

  it("normalizes stored text: one newline style, no control characters, NFC", () => {
    expect(normalizeText("A\r\nB\rC\u2028D\u0000E\u0007\fF  \n\n\n\nG")).toBe("A\nB\nC\nDE\nF\n\nG");
    expect(normalizeText("Cafe\u0301")).toBe("Café");
  });
});

describe("T22 file type checks (content, not only the name)", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const status = (name: string, content: Uint8Array) => {
    try {
      sniffFile(name, content);
      return 200;
    } catch (error) {
      return (error as HttpError).status;
    }
  };

  it.each([
    ["report.pdf", bytes("<p>html inside a pdf name</p>")],
    ["article.docx", bytes("text")],
    ["article", bytes("text")],
    ["page.html", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37])],
    ["page.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ["page.md", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ["image.html", bytes(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`)],
    ["image.html", bytes(`<svg onload="alert(1)"><script>alert(1)</script></svg>`)],
    ["binary.txt", new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i * 7) % 256))],
    ["latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72])],
    ["nul.txt", bytes("text\u0000more")],
    ["a\u0000.pdf", bytes("text")],
  ])("%s → 415", (name, content) => expect(status(name, content)).toBe(415));

  it("accepts text, HTML and Markdown, UTF-16 with a byte-order mark, and reads a .txt web page as HTML", () => {
    expect(sniffFile("a.txt", bytes("Plain text"))).toEqual({ kind: "text", content: "Plain text" });
    expect(sniffFile("a.HTM", bytes("<p>x</p>")).kind).toBe("html");
    expect(sniffFile("a.md", bytes("# x")).kind).toBe("markdown");
    expect(sniffFile("a.txt", bytes("<!DOCTYPE html><html><body><p>x</p></body></html>")).kind).toBe("html");
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from("Hi").flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(sniffFile("a.txt", utf16).content).toBe("Hi");
    expect(sniffFile("../../etc/passwd.txt", bytes("x")).kind).toBe("text");
  });
});
