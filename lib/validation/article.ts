import { z } from "zod";
import { httpUrlSchema, optionalTextSchema } from "./common";
import { isTimeZone, parsePublishedAt, PUBLISHED_AT_HINT } from "./published-at";

/**
 * Article ingest: what an editor (or the import) gives, before the server reduces HTML to text and
 * detects what the page says about itself. Every metadata field is optional here: a value given
 * wins over the detected one; publishedAt must be known by one route or the other.
 */

const timeZoneSchema = z
  .string()
  .trim()
  .max(64)
  .refine(isTimeZone, "Use an IANA time zone such as Asia/Tokyo, or an offset such as +09:00");

export const articleMetaSchema = z.object({
  url: z.preprocess((v) => (v === "" ? null : v), httpUrlSchema.nullish()),
  publisher: optionalTextSchema("Publisher", 200),
  title: optionalTextSchema("Title", 500),
  publishedAt: optionalTextSchema("Publication time", 64),
  timeZone: z.preprocess((v) => (v === "" ? null : v), timeZoneSchema.nullish()),
});
export type ArticleMeta = z.output<typeof articleMetaSchema>;

/** A publication time that parses with the zone beside it (checked where both are known). */
export function publishedAtIssue(meta: { publishedAt?: string | null; timeZone?: string | null }): string | null {
  if (!meta.publishedAt) return null;
  return parsePublishedAt(meta.publishedAt, meta.timeZone) ? null : PUBLISHED_AT_HINT;
}

/**
 * POST /api/v1/articles/upload form fields: the publisher and publication time for files that don't
 * state their own. A time that cannot be read is refused up front rather than failing each file.
 */
export const uploadDefaultsSchema = articleMetaSchema
  .pick({ publisher: true, publishedAt: true, timeZone: true })
  .superRefine((value, ctx) => {
    const issue = publishedAtIssue(value);
    if (issue) ctx.addIssue({ code: "custom", path: ["publishedAt"], message: issue });
  });
export type UploadDefaults = z.input<typeof uploadDefaultsSchema>;

export const BODY_KINDS = ["text", "html", "markdown"] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** POST /api/v1/articles, one JSONL line of the import: exactly one of text, html or markdown. */
export const articleInputSchema = articleMetaSchema
  .extend({
    text: z.string().optional(),
    html: z.string().optional(),
    markdown: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    const given = BODY_KINDS.filter((k) => typeof value[k] === "string" && value[k].trim() !== "");
    if (given.length !== 1) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "Give the article as exactly one of text, html or markdown" });
    }
    const issue = publishedAtIssue(value);
    if (issue) ctx.addIssue({ code: "custom", path: ["publishedAt"], message: issue });
  });
export type ArticleInput = z.input<typeof articleInputSchema>;

export function bodyOf(input: z.output<typeof articleInputSchema>): { kind: BodyKind; content: string } {
  const kind = BODY_KINDS.find((k) => typeof input[k] === "string" && input[k].trim() !== "") ?? "text";
  return { kind, content: input[kind] ?? "" };
}

/** PATCH /api/v1/articles/<id>: corrected metadata, on the version the editor saw. */
export const articleUpdateSchema = articleMetaSchema
  .extend({
    baseVersion: z.number({ error: "baseVersion must be a number" }).int().min(1),
    reason: z.string().trim().min(3, "Say why this article's details change (at least 3 characters)").max(500),
  })
  .superRefine((value, ctx) => {
    const issue = publishedAtIssue(value);
    if (issue) ctx.addIssue({ code: "custom", path: ["publishedAt"], message: issue });
  });
export type ArticleUpdate = z.input<typeof articleUpdateSchema>;

/** POST /api/v1/extract: facts of a text without storing anything. */
export const extractRequestSchema = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    publishedAt: z.string({ error: "publishedAt is required" }).trim().min(1, "publishedAt is required").max(64),
    timeZone: z.preprocess((v) => (v === "" ? null : v), timeZoneSchema.nullish()),
    url: z.preprocess((v) => (v === "" ? null : v), httpUrlSchema.nullish()),
  })
  .superRefine((value, ctx) => {
    const given = [value.text, value.html].filter((v) => typeof v === "string" && v.trim() !== "");
    if (given.length !== 1) ctx.addIssue({ code: "custom", path: ["text"], message: "Give exactly one of text or html" });
    const issue = publishedAtIssue(value);
    if (issue) ctx.addIssue({ code: "custom", path: ["publishedAt"], message: issue });
  });
export type ExtractRequest = z.input<typeof extractRequestSchema>;

/** NAME.meta.json beside an imported NAME.txt / .html / .md. */
export const importMetaFileSchema = articleMetaSchema;
