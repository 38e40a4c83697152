import { z } from "zod";
import { MAX_ARTICLE_BYTES } from "../ingest/limits";
import { formatBytes } from "../format/bytes";
import { articleMetaSchema, BODY_KINDS, publishedAtIssue, type ArticleInput, type ArticleMeta, type BodyKind } from "./article";

/**
 * The "Add article" paste form: the body in one field with its format beside it, and the details
 * (all optional: the server detects what the source says). It is articleInputSchema's rules in the
 * shape of a form; toArticleInput turns its values into the body POST /api/v1/articles parses.
 */
export const articlePasteSchema = articleMetaSchema
  .extend({
    format: z.enum(BODY_KINDS, { error: "Choose the format of what you pasted" }),
    body: z
      .string()
      .refine((value) => value.trim() !== "", "Paste the article's text, HTML or Markdown")
      .refine((value) => new TextEncoder().encode(value).length <= MAX_ARTICLE_BYTES, `The article may be at most ${formatBytes(MAX_ARTICLE_BYTES)}`),
  })
  .superRefine((value, ctx) => {
    const issue = publishedAtIssue(value);
    if (issue) ctx.addIssue({ code: "custom", path: ["publishedAt"], message: issue });
  });

/** What the form holds: every detail as the text in its input ("" for none). */
export type ArticlePasteFields = { [K in keyof ArticleMeta]-?: string } & { format: BodyKind; body: string };
export type ArticlePasteOutput = z.output<typeof articlePasteSchema>;

export const BODY_KIND_LABELS: Record<BodyKind, string> = { text: "Text", html: "HTML", markdown: "Markdown" };

/** The forms' hint for a publication time: the three forms parsePublishedAt reads. */
export const PUBLISHED_AT_EXAMPLE = "2025-06-02T13:30+09:00; or 2025-06-02 13:30 with a time zone; or a day, 2025-06-02";

export const EMPTY_PASTE: ArticlePasteFields = { format: "text", body: "", title: "", publisher: "", url: "", publishedAt: "", timeZone: "" };

const META_KEYS = ["title", "publisher", "url", "publishedAt", "timeZone"] as const satisfies readonly (keyof ArticleMeta)[];

/** The request body of POST /api/v1/articles (and of the preview) for the form's parsed values. */
export function toArticleInput(values: ArticlePasteOutput): ArticleInput {
  const input: ArticleInput = { [values.format]: values.body };
  for (const key of META_KEYS) if (values[key]) input[key] = values[key];
  return input;
}

/** Detected or stored details as the form's text inputs show them. */
export function detailsToFields(details: Details): Omit<ArticlePasteFields, "format" | "body"> {
  return Object.fromEntries(META_KEYS.map((key) => [key, details[key] ?? ""])) as Omit<ArticlePasteFields, "format" | "body">;
}

type Details = { [K in keyof ArticleMeta]?: string | null };

/**
 * The inputs' text after "Detect details": the details that would be stored, except a time found
 * without any zone. The server would read that one as printed but zone-less; shown as written, it
 * asks the editor for the publisher's zone before saving instead of passing for UTC.
 */
export function fieldsFromPreview(preview: { article: Details; detected: Details }): Omit<ArticlePasteFields, "format" | "body"> {
  const fields = detailsToFields(preview.article);
  if (preview.article.publishedAt && !preview.article.timeZone && preview.detected.publishedAt) fields.publishedAt = preview.detected.publishedAt;
  return fields;
}

/**
 * The server's field errors on the form's fields. The body travels under its format's name
 * ("text", "html", "markdown"), and an oversized article (413) names no field at all.
 */
export function pasteFieldErrors(status: number, fields: Record<string, string>, message: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(fields)) out[(BODY_KINDS as readonly string[]).includes(path) ? "body" : path] ??= text;
  if (status === 413 && !out.body) out.body = message;
  return out;
}

/**
 * A guess at what was pasted, so the format choice is usually right without a click: a page or
 * fragment of markup is HTML; front matter, headings, lists or links in Markdown syntax are Markdown.
 */
export function guessFormat(content: string): BodyKind {
  const head = content.trimStart().slice(0, 4000);
  if (/^<(?:!doctype\s+html|html[\s>]|(?:article|div|p|h[1-6]|body|head|section|main)[\s>])/i.test(head)) return "html";
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(head)) return "markdown";
  const markdownSigns = [/^#{1,6} \S/m, /\[[^\]\n]+\]\(https?:\/\/[^)\s]+\)/, /^\s*[-*] \S[\s\S]*^\s*[-*] \S/m, /\*\*[^*\n]+\*\*/];
  return markdownSigns.filter((sign) => sign.test(head)).length >= 2 ? "markdown" : "text";
}
