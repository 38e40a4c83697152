import { buildDocument } from "../extraction/document";
import { invalid } from "../domain/errors";
import type { ArticleMeta, BodyKind } from "../validation/article";
import { parsePublishedAt, type PublishedAt } from "../validation/published-at";
import { timeFromHeader, timeFromPhrase } from "./byline-time";
import { tooLarge } from "../api/http-error";
import { formatBytes } from "../format/bytes";
import { MAX_ARTICLE_BYTES } from "./limits";
import { readMarkdown } from "./markdown";
import { contentHash, normalizeText, normalizeUrl } from "./normalize";
import { reduceHtml } from "./reduce-html";
import { looksLikeHtml } from "./sniff";

/** What the source itself says: the page's meta tags, a Markdown front matter, a text's header. */
export interface DetectedMeta {
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  timeZone: string | null;
}

/** An article ready to store: its text as the extractor will read it, and its metadata. */
export interface PreparedArticle {
  text: string;
  html: string | null;
  title: string | null;
  publisher: string | null;
  url: string | null;
  published: PublishedAt | null;
  contentHash: string;
  detected: DetectedMeta;
}

type Meta = Partial<ArticleMeta>;

function firstTime(candidates: string[], zone: string | null | undefined): { publishedAt: string; timeZone: string | null } | null {
  for (const raw of candidates) {
    const parsed = parsePublishedAt(raw, zone);
    if (parsed) return { publishedAt: raw, timeZone: zone ?? parsed.timeZone };
    const phrase = timeFromPhrase(raw);
    if (phrase) return phrase;
  }
  return null;
}

/** An address written in the header ("Source: https://…", or alone on a line). */
function urlFromHeader(text: string): string | null {
  for (const line of text.split("\n", 15)) {
    const m = /^(?:(?:url|source|link|original)\s*:\s*)?<?(https?:\/\/\S+?)>?$/i.exec(line.trim());
    if (m) return normalizeUrl(m[1]);
  }
  return null;
}

function detect(kind: BodyKind, content: string, given: Meta): { text: string; html: string | null; detected: DetectedMeta } {
  if (kind === "text" && !looksLikeHtml(content)) {
    const text = normalizeText(content);
    const doc = buildDocument(text);
    const time = timeFromHeader(text);
    return {
      text,
      html: null,
      detected: { title: doc.title, publisher: doc.publisher, url: urlFromHeader(text), publishedAt: time?.publishedAt ?? null, timeZone: time?.timeZone ?? null },
    };
  }
  const markdown = kind === "markdown" ? readMarkdown(content) : null;
  const reduced = reduceHtml(markdown ? markdown.html : content, { url: given.url, reader: !markdown });
  const text = normalizeText(reduced.text);
  const front = markdown?.front ?? {};
  const zone = given.timeZone ?? front.timeZone ?? null;
  const time = firstTime([front.publishedAt, ...reduced.meta.times].filter((t): t is string => Boolean(t)), zone) ?? timeFromHeader(text);
  return {
    text,
    html: reduced.html.trim() ? reduced.html : null,
    detected: {
      title: front.title ?? reduced.meta.title,
      publisher: front.publisher ?? reduced.meta.publisher,
      url: normalizeUrl(front.url) ?? reduced.meta.url,
      publishedAt: time?.publishedAt ?? null,
      timeZone: front.timeZone ?? time?.timeZone ?? null,
    },
  };
}

/**
 * Reduces a pasted or uploaded article to stored form. Values the editor gave win over what the
 * source says, which wins over batch-wide `fallback` values (an upload's or import's defaults).
 */
export function prepareArticle(body: { kind: BodyKind; content: string }, given: Meta = {}, fallback: Meta = {}): PreparedArticle {
  if (Buffer.byteLength(body.content, "utf8") > MAX_ARTICLE_BYTES) {
    throw tooLarge(`The article is larger than the ${formatBytes(MAX_ARTICLE_BYTES)} limit`);
  }
  const { text, html, detected } = detect(body.kind, body.content, given);
  if (!text) throw invalid(body.kind, "No article text was found in what was given");
  const pick = <K extends keyof DetectedMeta>(key: K) => given[key] ?? detected[key] ?? fallback[key] ?? null;

  const rawTime = pick("publishedAt");
  // An editor's time without a zone keeps its own offset, else takes the page's or the batch's zone.
  const zones = given.publishedAt && !given.timeZone ? [null, detected.timeZone, fallback.timeZone] : [pick("timeZone")];
  let published = rawTime ? (zones.map((zone) => parsePublishedAt(rawTime, zone)).find(Boolean) ?? null) : null;
  if (rawTime && !published) {
    // A local time with no zone anywhere (a byline's "June 15, 2025 - 19:00"): the day and hour
    // as printed, which is what relative dates count from; where it was printed stays unknown.
    const floating = parsePublishedAt(rawTime, "UTC");
    if (floating) published = { ...floating, timeZone: null };
  }
  return {
    text,
    html,
    title: pick("title"),
    publisher: pick("publisher"),
    url: normalizeUrl(pick("url")),
    published,
    contentHash: contentHash(text),
    detected,
  };
}
