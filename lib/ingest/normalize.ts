import { createHash } from "node:crypto";

/**
 * The stored text is exactly what the extractor reads (its evidence offsets point into it), so it
 * is normalized once, before both: one newline convention, no control characters, well-formed
 * Unicode in NFC.
 */
export function normalizeText(raw: string): string {
  return raw
    // A lone surrogate cannot be stored as sent; U+FFFD keeps every offset where it was.
    .toWellFormed()
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    // Control characters carry no text; form and vertical feeds separated blocks.
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, (c) => (c === "\f" || c === "\v" ? "\n" : ""))
    .normalize("NFC")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The dedupe key: the same article pasted twice, or scraped twice with different spacing or
 * invisible characters, has one hash.
 */
export function contentHash(text: string): string {
  const key = text
    .normalize("NFKC")
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return createHash("sha256").update(key).digest("hex");
}

const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|smid|ref|ref_src)$/i;

/**
 * One spelling per article address: no fragment, no tracking parameters, lower-case host, no
 * default port. Null for anything but http(s).
 */
export function normalizeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password) return null;
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  const href = url.toString();
  return href.length > 2000 ? null : href;
}
