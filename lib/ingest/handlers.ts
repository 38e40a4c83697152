import "server-only";
import { DomainError, invalid, parseInput } from "../domain/errors";
import { ingestArticle, storeArticle, type IngestOutcome } from "../domain/ingest-article";
import { knownPeople, runExtraction } from "../domain/store-extraction";
import { articleInputSchema, bodyOf, extractRequestSchema, type ArticleInput } from "../validation/article";
import { parsePublishedAt, PUBLISHED_AT_HINT } from "../validation/published-at";
import { idempotencyKeyOf, requestDigest, withIdempotency } from "./idempotency";
import { MAX_ARTICLE_BYTES, MAX_EXTRACT_BYTES, MAX_UPLOAD_BYTES, MB } from "./limits";
import { normalizeText } from "./normalize";
import { prepareArticle, type PreparedArticle } from "./prepare";
import { reduceHtml } from "./reduce-html";
import { parseJsonBody } from "../api/json-body";
import { requireContentType, type IngestRequest } from "./route";
import { readUpload } from "./upload";

type Args = IngestRequest<Record<string, never>>;

// JSON escaping makes a body somewhat larger than the article it carries; the article itself is
// held to MAX_ARTICLE_BYTES once decoded.
export const ARTICLE_BODY_LIMIT = { maxBytes: MAX_ARTICLE_BYTES + MB, what: "The article" };
export const UPLOAD_BODY_LIMIT = { maxBytes: MAX_UPLOAD_BYTES, what: "The upload" };
export const EXTRACT_BODY_LIMIT = { maxBytes: MAX_EXTRACT_BYTES, what: "The text to extract from" };

/** POST /api/v1/articles: one pasted article (text, HTML or Markdown) → stored, with its extraction. */
export async function createArticle({ request, body, ctx }: Args) {
  requireContentType(request, "application/json");
  const input = parseJsonBody(body) as ArticleInput;
  const scope = { name: "articles", actorId: ctx.actor.id, key: idempotencyKeyOf(request), digest: requestDigest(body) };
  return withIdempotency(ctx.db, scope, async () => {
    const outcome = await ingestArticle(ctx, input);
    return { status: outcome.duplicate ? 200 : 201, body: outcome };
  });
}

/** POST /api/v1/articles/upload: one or many files; all are checked before any is stored. */
export async function uploadArticles({ request, body, ctx }: Args) {
  requireContentType(request, "multipart/form-data");
  const upload = await readUpload(body, request.headers.get("content-type") ?? "");
  const scope = { name: "articles/upload", actorId: ctx.actor.id, key: idempotencyKeyOf(request), digest: requestDigest(JSON.stringify(upload.digestInput)) };
  return withIdempotency(ctx.db, scope, async () => {
    const prepared = upload.files.map((file) => {
      let article: PreparedArticle;
      try {
        article = prepareArticle(file, {}, upload.defaults);
      } catch (error) {
        if (error instanceof DomainError) throw invalid(file.name, `${file.name}: ${error.message}`);
        throw error;
      }
      if (!article.published) throw invalid(file.name, `${file.name}: no publication time found. ${PUBLISHED_AT_HINT} in publishedAt`);
      return { file, article };
    });
    const articles: (IngestOutcome & { file: string })[] = [];
    for (const { file, article } of prepared) articles.push({ file: file.name, ...(await storeArticle(ctx, article)) });
    return { status: articles.some((a) => !a.duplicate) ? 201 : 200, body: { articles } };
  });
}

/** POST /api/v1/articles/preview: what would be stored (text, detected details), storing nothing. */
export async function previewArticle({ request, body }: Args) {
  requireContentType(request, "application/json");
  const data = parseInput(articleInputSchema, parseJsonBody(body));
  const p = prepareArticle(bodyOf(data), data);
  const article = { title: p.title, publisher: p.publisher, url: p.url, publishedAt: p.published?.iso ?? null, timeZone: p.published?.timeZone ?? null };
  return { status: 200, body: { article, detected: p.detected, text: p.text, html: p.html, contentHash: p.contentHash } };
}

/**
 * POST /api/v1/extract: the extractor's JSON for a text (or a page, reduced to its text first; the
 * answer then carries that `text`, which the evidence offsets point into). Stores nothing.
 */
export async function extractFacts({ request, body, ctx }: Args) {
  requireContentType(request, "application/json");
  const input = parseInput(extractRequestSchema, parseJsonBody(body));
  const published = parsePublishedAt(input.publishedAt, input.timeZone);
  if (!published) throw invalid("publishedAt", PUBLISHED_AT_HINT);
  const text = input.html ? normalizeText(reduceHtml(input.html, { url: input.url }).text) : (input.text ?? "");
  const result = runExtraction({ text, publishedAt: published.iso, timeZone: published.timeZone, url: input.url ?? null }, await knownPeople(ctx.db));
  return { status: 200, body: input.html ? { ...result, text } : result };
}
