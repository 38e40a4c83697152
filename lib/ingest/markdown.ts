import { marked } from "marked";

/**
 * Markdown to HTML (which then goes through the same sanitizer as any page), with YAML-style front
 * matter read as metadata: title, publisher, url, publishedAt / date, timeZone.
 */
export interface MarkdownParts {
  html: string;
  front: Record<string, string>;
}

const FRONT_KEYS: Record<string, string> = {
  title: "title",
  headline: "title",
  publisher: "publisher",
  source: "publisher",
  site: "publisher",
  url: "url",
  link: "url",
  canonical: "url",
  publishedat: "publishedAt",
  published: "publishedAt",
  date: "publishedAt",
  timezone: "timeZone",
  tz: "timeZone",
};

export function readMarkdown(source: string): MarkdownParts {
  const front: Record<string, string> = {};
  let body = source;
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source);
  if (m) {
    body = source.slice(m[0].length);
    for (const line of m[1].split("\n")) {
      const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line.trim());
      const key = kv && FRONT_KEYS[kv[1].toLowerCase()];
      if (key && !(key in front)) front[key] = kv[2].trim().replace(/^(["'])(.*)\1$/, "$2");
    }
  }
  return { html: marked.parse(body, { async: false, gfm: true }), front };
}
