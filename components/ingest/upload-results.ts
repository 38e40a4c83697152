import { formatBytes } from "@/lib/format/bytes";
import { MAX_ARTICLE_BYTES } from "@/lib/ingest/limits";
import { ACCEPTED_EXTENSIONS } from "@/lib/ingest/sniff";
import type { StoredAnswer } from "./ingest-api";

/** The file picker's filter. Only a guide: the upload route decides by each file's content. */
export const ACCEPT = ACCEPTED_EXTENSIONS.join(",");

/** A warning shown before upload; the file is still sent, so that the server's own verdict shows. */
export function fileWarning(file: { name: string; size: number }): string | null {
  if (file.size > MAX_ARTICLE_BYTES) return `Larger than ${formatBytes(MAX_ARTICLE_BYTES)}: the server will refuse it`;
  const ext = /\.[^.]+$/.exec(file.name)?.[0]?.toLowerCase() ?? "";
  return ACCEPTED_EXTENSIONS.includes(ext) ? null : "Not a .txt, .html or .md file: the server will refuse it";
}

export interface StoredOutcome {
  file: string;
  state: "stored" | "duplicate";
  articleId: string;
  title: string | null;
  facts: number | null;
}
export interface FailedOutcome {
  file: string;
  state: FailureState;
  status: number;
  message: string;
}
/** What became of one uploaded file. */
export type UploadOutcome = StoredOutcome | FailedOutcome;

export const isStored = (outcome: UploadOutcome): outcome is StoredOutcome => outcome.state === "stored" || outcome.state === "duplicate";

export type FailureState = "too-large" | "wrong-type" | "needs-time" | "refused" | "failed";

export const OUTCOME_LABELS: Record<UploadOutcome["state"], string> = {
  stored: "Stored",
  duplicate: "Already stored",
  "too-large": "Too large",
  "wrong-type": "Not an article file",
  "needs-time": "Needs a publication time",
  refused: "Not stored",
  failed: "Not stored",
};

/** Failures worth sending again: with a default time, or once the server answers again. */
export const RETRYABLE: ReadonlySet<UploadOutcome["state"]> = new Set(["needs-time", "refused", "failed"]);

/** Field names of the upload's default fields, as the server names them in a 400. */
export const DEFAULT_FIELDS = ["publisher", "publishedAt", "timeZone"] as const;

interface ErrorBody {
  error?: { message?: string; fields?: Record<string, string> };
}

function failureState(status: number, message: string): FailureState {
  if (status === 413) return "too-large";
  if (status === 415) return "wrong-type";
  if (status === 0 || status >= 500) return "failed";
  return status === 400 && /publication time/i.test(message) ? "needs-time" : "refused";
}

function failureMessage(status: number, body: ErrorBody | null): string {
  const message = body?.error?.message;
  if (message) return message;
  if (status === 0) return "The server could not be reached. Check your connection and upload the file again.";
  return status >= 500 ? "Storing failed on the server; try again in a moment." : `The server answered ${status}.`;
}

/** One file's answer (POST /api/v1/articles/upload with that file alone) as a result to show. */
export function uploadOutcome(file: string, status: number, body: unknown): UploadOutcome {
  if (status === 200 || status === 201) {
    const stored = (body as { articles?: StoredAnswer[] } | null)?.articles?.[0];
    if (stored) {
      const { article, extraction, duplicate } = stored;
      return { file, state: duplicate ? "duplicate" : "stored", articleId: article.id, title: article.title, facts: extraction?.factCount ?? null };
    }
  }
  const message = failureMessage(status, body as ErrorBody | null);
  return { file, state: failureState(status, message), status, message };
}

/**
 * The server's complaint about the batch defaults rather than the file (a 400 naming only default
 * fields): every other file would get the same answer, so it belongs on the form instead.
 */
export function defaultsErrors(status: number, body: unknown): Record<string, string> | null {
  if (status !== 400) return null;
  const fields = (body as ErrorBody | null)?.error?.fields ?? {};
  const keys = Object.keys(fields);
  return keys.length > 0 && keys.every((k) => (DEFAULT_FIELDS as readonly string[]).includes(k)) ? fields : null;
}

/** "3 files: 1 stored, 1 already stored, 1 not stored." */
export function outcomeSummary(outcomes: UploadOutcome[]): string {
  const count = (states: UploadOutcome["state"][]) => outcomes.filter((o) => states.includes(o.state)).length;
  const parts = [
    [count(["stored"]), "stored"],
    [count(["duplicate"]), "already stored"],
    [outcomes.length - count(["stored", "duplicate"]), "not stored"],
  ] as const;
  const files = `${outcomes.length} ${outcomes.length === 1 ? "file" : "files"}`;
  return `${files}: ${parts.filter(([n]) => n > 0).map(([n, label]) => `${n} ${label}`).join(", ")}.`;
}
