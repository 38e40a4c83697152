/** Size limits of article ingest, in bytes. One place, so the API, the import and the docs agree. */
export const MB = 1024 * 1024;

/** One article: a pasted body, one uploaded file, one imported file or JSONL line. */
export const MAX_ARTICLE_BYTES = 5 * MB;

/** A whole multipart upload (several files and their form overhead). */
export const MAX_UPLOAD_BYTES = 25 * MB;

/** Files in one upload. */
export const MAX_UPLOAD_FILES = 20;

/** POST /api/v1/extract: the extractor is for one article at a time. */
export const MAX_EXTRACT_BYTES = 1 * MB;

