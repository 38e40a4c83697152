import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { domToText } from "./dom-text";
import { pageMeta, type PageMeta } from "./html-meta";
import { sanitizedFragment, sanitizeHtml } from "./sanitize";

export interface ReducedHtml {
  /** The article as plain text: headline, byline, then the body's paragraphs. */
  text: string;
  /** The body as sanitized HTML (see sanitize.ts). */
  html: string;
  meta: PageMeta;
}

/**
 * A web page reduced to its article: metadata read first, then Readability (Firefox's reader
 * view) finds the story among menus, teasers and comments; its output is sanitized, and the text
 * is read from the sanitized tree. With `reader: false` (Markdown, fragments) the whole input is
 * the article. jsdom here runs no scripts and loads nothing: `url` only resolves relative links.
 */
export function reduceHtml(html: string, options: { url?: string | null; reader?: boolean } = {}): ReducedHtml {
  // A silent console: a page's broken CSS or markup is not our log's business.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(options.url ? { url: options.url } : {}) });
  try {
    const doc = dom.window.document;
    const meta = pageMeta(doc, options.url);
    let content: string | null = null;
    let readerTitle: string | null = null;
    let readerByline: string | null = null;
    if (options.reader !== false) {
      const article = new Readability(doc, { charThreshold: 200 }).parse();
      if (article?.content && (article.textContent ?? "").trim().length > 0) {
        content = article.content;
        readerTitle = article.title ?? null;
        readerByline = article.byline ?? null;
        meta.publisher ??= article.siteName?.trim() || null;
        if (article.publishedTime) meta.times.push(article.publishedTime);
      }
    }
    // Readability found no story (a short fragment): the body itself is the article.
    content ??= doc.body?.innerHTML ?? "";
    const clean = sanitizeHtml(content);
    const body = domToText(sanitizedFragment(clean));
    const title = meta.title ?? readerTitle?.trim() ?? null;
    meta.title = title;
    meta.byline ??= readerByline?.replace(/\s+/g, " ").trim() || null;
    const firstLine = body.split("\n", 1)[0]?.trim() ?? "";
    const head = [title && firstLine !== title ? title : null, meta.byline && !body.includes(meta.byline) ? meta.byline : null];
    const text = [...head.filter(Boolean), body].join("\n\n").trim();
    return { text, html: clean, meta };
  } finally {
    dom.window.close();
  }
}
