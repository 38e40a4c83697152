/**
 * T21 (stored side): every hostile payload goes through paste → reduce → sanitize, and the stored
 * HTML and text carry nothing active. The browser side is e2e/ingest-xss.spec.ts.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { DomainError } from "../domain/errors";
import { prepareArticle } from "./prepare";
import { ALLOWED_ATTR, ALLOWED_TAGS, sanitizeHtml } from "./sanitize";
import { XSS_PAYLOADS } from "./xss-payloads";

const FORBIDDEN_TAGS = /^(script|iframe|object|embed|form|base|meta|style|link|svg|math|img|video|audio|source|input|button|textarea|select|frame|frameset|template|noscript|applet|isindex|xmp|noembed|title)$/i;

/** Everything in stored HTML that could run, load or navigate; empty when the HTML is inert. */
function activeContent(html: string): string[] {
  const problems: string[] = [];
  const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
  for (const el of Array.from(doc.body.querySelectorAll("*"))) {
    const tag = el.tagName.toLowerCase();
    if (FORBIDDEN_TAGS.test(tag) || !ALLOWED_TAGS.includes(tag)) problems.push(`<${tag}>`);
    if (el.namespaceURI !== "http://www.w3.org/1999/xhtml") problems.push(`${tag} in ${el.namespaceURI}`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`${tag}[${name}]`);
      else if (![...ALLOWED_ATTR, "rel"].includes(name)) problems.push(`${tag}[${name}]`);
      else if (name === "href" && !/^https?:\/\//i.test(attr.value)) problems.push(`${tag}[href=${attr.value}]`);
    }
  }
  if (/<\s*script|javascript\s*:|vbscript\s*:|data\s*:\s*text\/html/i.test(html.replace(/&lt;[^&]*&gt;/g, ""))) {
    problems.push("script or script URL in the markup");
  }
  return problems;
}

const article = (payload: string) =>
  `<!doctype html><html><head><title>Hostile</title></head><body><article><h1>Tariff talks resume</h1>
   <p>Japan and the United States will meet again next week for a fourth round of tariff talks in Washington, officials said on Monday.</p>
   ${payload}
   <p>Negotiators expect to discuss the 25% tariff on cars, which both sides want settled before the deadline in July.</p></article></body></html>`;

describe("T21 sanitize-on-write", () => {
  it("has at least 50 payloads of our own", () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
  });

  it.each(XSS_PAYLOADS.map((p, i) => [i, p]))("payload %i leaves nothing active in the stored HTML or text", (_i, payload) => {
    const inputs = [
      { kind: "html" as const, content: article(payload) },
      { kind: "html" as const, content: payload },
      { kind: "markdown" as const, content: `# Talks\n\nSome prose.\n\n${payload}\n` },
      { kind: "text" as const, content: payload },
    ];
    for (const input of inputs) {
      let prepared: ReturnType<typeof prepareArticle>;
      try {
        prepared = prepareArticle(input, { publishedAt: "2025-06-02T09:00:00Z" });
      } catch (error) {
        // A payload with no text around it is refused outright: nothing to store.
        expect((error as DomainError).code).toBe("invalid");
        continue;
      }
      const html = prepared.html ?? "";
      expect(activeContent(html)).toEqual([]);
      // Sanitizing is stable: what is stored parses back to the same markup (no mutation XSS).
      expect(sanitizeHtml(html)).toBe(html);
      // The text is plain text, always shown escaped. Where the input was read as HTML, script
      // and style bodies never reach it (in text or Markdown they are the author's own words).
      if (input.kind !== "html") continue;
      for (const [, , inner] of payload.matchAll(/<(script|style)\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
        if (inner.trim().length > 3) expect(prepared.text).not.toContain(inner);
      }
    }
  });

  it("pasted text that is really HTML is read as HTML, not stored as markup", () => {
    const prepared = prepareArticle({ kind: "text", content: `<p>Hello</p><script>alert(1)</script><img src=x onerror=alert(1)>` }, { publishedAt: "2025-06-02" });
    expect(prepared.text).toBe("Hello");
    expect(activeContent(prepared.html ?? "")).toEqual([]);
  });

  it("keeps the article's own structure and safe links", () => {
    const html = sanitizeHtml(
      `<h2>Head</h2><p>A <strong>bold</strong> <a href="https://example.org/a" target="_blank" class="x" style="color:red">link</a></p><ul><li>one</li></ul><table><tr><td colspan="2">cell</td></tr></table><time datetime="2025-06-02">2 June</time>`,
    );
    expect(html).toBe(
      `<h2>Head</h2><p>A <strong>bold</strong> <a href="https://example.org/a" rel="noopener noreferrer nofollow ugc">link</a></p><ul><li>one</li></ul><table><tbody><tr><td colspan="2">cell</td></tr></tbody></table><time datetime="2025-06-02">2 June</time>`,
    );
  });

  it("drops relative and non-http links but keeps their text", () => {
    expect(sanitizeHtml(`<a href="/local">a</a><a href="mailto:x@example.org">b</a><a href="//evil.example/">c</a>`)).toBe("<a>a</a><a>b</a><a>c</a>");
  });
});
