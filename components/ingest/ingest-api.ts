import type { ArticleSummary, ExtractionView } from "@/lib/ingest/article-json";
import type { DetectedMeta } from "@/lib/ingest/prepare";
import type { ArticleInput, UploadDefaults } from "@/lib/validation/article";
import { fetchJson } from "@/lib/query/fetch-json";

/** POST /api/v1/articles: the article as stored now, or as it already was (`duplicate`). */
export interface StoredAnswer {
  article: ArticleSummary;
  extraction: Pick<ExtractionView, "id" | "reviewStatus" | "factCount"> | null;
  duplicate: boolean;
}

/** POST /api/v1/articles/preview: the details that would be stored (given over detected) and the text. */
export interface PreviewAnswer {
  article: DetectedMeta;
  detected: DetectedMeta;
  text: string;
  html: string | null;
  contentHash: string;
}

const postJson = <T>(url: string, body: unknown) =>
  fetchJson<T>(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

export const previewArticle = (input: ArticleInput) => postJson<PreviewAnswer>("/api/v1/articles/preview", input);
export const createArticle = (input: ArticleInput) => postJson<StoredAnswer>("/api/v1/articles", input);

/** The raw answer to one file's upload: per-file results need the status and body of failures too. */
export interface FileAnswer {
  status: number;
  body: unknown;
}

/**
 * Uploads one file with the batch defaults. One request per file, although the route takes many:
 * it refuses a whole batch for one bad file, and editors need each file's own result.
 */
export async function uploadFile(file: File, defaults: UploadDefaults): Promise<FileAnswer> {
  const form = new FormData();
  form.append("files", file, file.name);
  for (const [key, value] of Object.entries(defaults)) if (typeof value === "string" && value.trim()) form.append(key, value.trim());
  try {
    const response = await fetch("/api/v1/articles/upload", { method: "POST", headers: { accept: "application/json" }, body: form });
    return { status: response.status, body: await response.json().catch(() => null) };
  } catch {
    return { status: 0, body: null };
  }
}
