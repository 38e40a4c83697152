import type { BodyKind } from "../validation/article";
import { unsupportedType } from "../api/http-error";

/**
 * What an uploaded or imported file really is. The name only says what we expect; the bytes
 * decide: binary formats by their magic numbers, text by decoding strictly as UTF-8 (or UTF-16
 * with a byte-order mark), HTML by its markup. Anything else is refused with 415.
 */

const EXTENSIONS: Record<string, BodyKind> = {
  ".txt": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".md": "markdown",
  ".markdown": "markdown",
};

export const ACCEPTED_EXTENSIONS = Object.keys(EXTENSIONS);

const MAGIC: [string, number[]][] = [
  ["PDF", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP (Office, EPUB…)", [0x50, 0x4b, 0x03, 0x04]],
  ["ZIP", [0x50, 0x4b, 0x05, 0x06]],
  ["gzip", [0x1f, 0x8b]],
  ["PNG", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", [0x47, 0x49, 0x46, 0x38]],
  ["WebP/RIFF", [0x52, 0x49, 0x46, 0x46]],
  ["Office (OLE)", [0xd0, 0xcf, 0x11, 0xe0]],
  ["RTF", [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ["7-Zip", [0x37, 0x7a, 0xbc, 0xaf]],
  ["RAR", [0x52, 0x61, 0x72, 0x21]],
  ["ELF", [0x7f, 0x45, 0x4c, 0x46]],
  ["Windows executable", [0x4d, 0x5a]],
  ["bzip2", [0x42, 0x5a, 0x68]],
  ["xz", [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ["WebAssembly", [0x00, 0x61, 0x73, 0x6d]],
];

export function extensionOf(name: string): string {
  const m = /\.[A-Za-z0-9]{1,10}$/.exec(name.trim());
  return m ? m[0].toLowerCase() : "";
}

function decode(bytes: Uint8Array): string | null {
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  try {
    return new TextDecoder(bom16 ?? "utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** True for an HTML document or fragment: it opens with markup and has elements in it. */
export function looksLikeHtml(text: string): boolean {
  const head = text.trimStart().slice(0, 2000);
  if (/^<!doctype\s+html/i.test(head) || /^<html[\s>]/i.test(head)) return true;
  return /^<(?:!--|[a-z][a-z0-9-]*[\s>/])/i.test(head) && /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?>/i.test(head.slice(1));
}

/** An XML or SVG document (not XHTML): never an article here, and a classic script carrier. */
function looksLikeXmlOrSvg(text: string): boolean {
  const head = text.trimStart().slice(0, 2000).replace(/^<\?xml[^>]*>\s*/i, "").replace(/^(?:<!--[\s\S]*?-->\s*)*/, "");
  if (/^<!doctype\s+svg/i.test(head) || /^<svg[\s>]/i.test(head)) return true;
  return /^<\?xml/i.test(text.trimStart()) && !/^(?:<!doctype\s+html|<html[\s>])/i.test(head);
}

export interface SniffedFile {
  kind: BodyKind;
  content: string;
}

/** The file's kind and text, or a 415 naming what is wrong with it. */
export function sniffFile(name: string, bytes: Uint8Array): SniffedFile {
  const label = name || "The file";
  const ext = extensionOf(name);
  const expected = EXTENSIONS[ext];
  if (!expected) {
    throw unsupportedType(`${label}: only ${ACCEPTED_EXTENSIONS.join(", ")} files are accepted`, { [name]: "Unsupported file type" });
  }
  for (const [format, magic] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) {
      throw unsupportedType(`${label} is named ${ext} but holds ${format} data`, { [name]: `${format} content` });
    }
  }
  const content = decode(bytes);
  // A handful of stray control bytes happen in scraped text; many of them mean a binary file.
  const controls = content ? (content.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0) : 0;
  if (content === null || content.includes("\u0000") || controls > Math.max(8, content.length / 1000)) {
    throw unsupportedType(`${label} is not UTF-8 text`, { [name]: "Not text" });
  }
  if (looksLikeXmlOrSvg(content)) {
    throw unsupportedType(`${label} is an XML or SVG document, not an article`, { [name]: "XML/SVG content" });
  }
  // A scrape saved as .txt or .md that is really a web page is read as the web page it is.
  const kind: BodyKind = expected !== "html" && /^\s*(?:<!doctype\s+html|<html[\s>])/i.test(content) ? "html" : expected;
  return { kind, content };
}
