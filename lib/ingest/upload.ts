import { createHash } from "node:crypto";
import { invalid, parseInput } from "../domain/errors";
import { uploadDefaultsSchema, type ArticleMeta } from "../validation/article";
import { tooLarge } from "../api/http-error";
import { formatBytes } from "../format/bytes";
import { MAX_ARTICLE_BYTES, MAX_UPLOAD_FILES } from "./limits";
import { sniffFile, type SniffedFile } from "./sniff";

export interface UploadedFile extends SniffedFile {
  /** The client's file name, cleaned for display only: nothing is ever written under it. */
  name: string;
  sha256: string;
}

export interface Upload {
  files: UploadedFile[];
  /** Form fields (publisher, publishedAt, timeZone…) used for files that don't state their own. */
  defaults: Partial<ArticleMeta>;
  /** The request in canonical form, for Idempotency-Key checks (multipart boundaries vary). */
  digestInput: unknown;
}

/** A client-side file name as a short display label: last path segment, no control characters. */
export function displayName(name: string): string {
  const base = name.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, "").split(/[\\/]/).pop() ?? "";
  return (base.trim() || "file").slice(0, 200);
}

/**
 * Reads a multipart upload of one or many article files. Every file is checked before any is
 * stored: over 5 MB → 413, not a text/HTML/Markdown file by its content → 415, so a rejected
 * upload writes nothing.
 */
export async function readUpload(body: Buffer, contentType: string): Promise<Upload> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    throw invalid("(body)", "The upload is not valid multipart/form-data");
  }
  const fields: Record<string, string> = {};
  const entries: File[] = [];
  for (const [key, value] of form.entries()) {
    if (typeof value === "string") fields[key] = value;
    else entries.push(value);
  }
  if (entries.length === 0) throw invalid("files", "Choose at least one file to upload");
  if (entries.length > MAX_UPLOAD_FILES) {
    throw tooLarge(`At most ${MAX_UPLOAD_FILES} files can be uploaded at once; this upload has ${entries.length}`);
  }
  const defaults = parseInput(uploadDefaultsSchema, {
    publisher: fields.publisher,
    publishedAt: fields.publishedAt,
    timeZone: fields.timeZone,
  });
  const files: UploadedFile[] = [];
  for (const entry of entries) {
    const name = displayName(entry.name);
    if (entry.size > MAX_ARTICLE_BYTES) {
      throw tooLarge(`${name} is ${formatBytes(entry.size)}; each file may be at most ${formatBytes(MAX_ARTICLE_BYTES)}`, {
        [name]: `Larger than ${formatBytes(MAX_ARTICLE_BYTES)}`,
      });
    }
    const bytes = new Uint8Array(await entry.arrayBuffer());
    files.push({ name, sha256: createHash("sha256").update(bytes).digest("hex"), ...sniffFile(name, bytes) });
  }
  const digestInput = { defaults, files: files.map((f) => [f.name, f.sha256]) };
  return { files, defaults, digestInput };
}
