import createDOMPurify, { type Config } from "dompurify";
import { JSDOM } from "jsdom";

/**
 * The one HTML sanitizer, used when an article is stored and again when it is shown. DOMPurify
 * runs over jsdom, whose parser is the HTML standard's (parse5): it builds the same tree a browser
 * will, which DOMPurify's defences against mutation XSS rely on (linkedom's parser does not).
 *
 * The allowlist is what an article's reading copy needs and nothing more: text structure, tables
 * and links. No images, media, forms, frames, SVG, MathML, styles, classes, ids or data-*; links
 * only to absolute http(s) addresses, opened without a referrer or opener.
 */
export const ALLOWED_TAGS = [
  "a", "abbr", "article", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt", "em",
  "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "mark", "ol", "p", "pre", "q", "s",
  "section", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
];
export const ALLOWED_ATTR = ["href", "title", "colspan", "rowspan", "datetime"];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: /^https?:\/\/[^\s/]/i,
  // DOMPurify checks every attribute not marked URI-safe against the URI pattern; these are plain values.
  ADD_URI_SAFE_ATTR: ["colspan", "rowspan", "datetime"],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

type Purifier = ReturnType<typeof createDOMPurify>;
const globalForPurify = globalThis as unknown as { articlePurifier?: Purifier };

function purifier(): Purifier {
  if (globalForPurify.articlePurifier) return globalForPurify.articlePurifier;
  const purify = createDOMPurify(new JSDOM("<!doctype html><html><body></body></html>").window as unknown as Window & typeof globalThis);
  if (!purify.isSupported) throw new Error("DOMPurify is not supported by this DOM");
  purify.addHook("afterSanitizeAttributes", (node) => {
    if (node.nodeName === "A") {
      if (node.hasAttribute("href")) node.setAttribute("rel", "noopener noreferrer nofollow ugc");
      node.removeAttribute("target");
    }
  });
  globalForPurify.articlePurifier = purify;
  return purify;
}

/** Article HTML reduced to the allowlist above; the result is safe to place in a page. */
export function sanitizeHtml(html: string): string {
  return purifier().sanitize(html, CONFIG);
}

/** A detached element holding already sanitized HTML, for reading its text. */
export function sanitizedFragment(html: string): Node {
  return purifier().sanitize(html, { ...CONFIG, RETURN_DOM: true });
}
