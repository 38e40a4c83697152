/** A failed write as the JSON API reports it (see lib/api/handler.ts ApiErrorBody). */
export interface ApiFailure {
  status: number;
  code: string;
  message: string;
  fields: Record<string, string>;
  current?: unknown;
}

/** Reads the error fetchJson throws (an Error with `status` and `body`) into one shape. */
export function toApiFailure(error: unknown): ApiFailure {
  const e = error as { status?: number; body?: { error?: Partial<ApiFailure> }; message?: string } | null;
  const body = e?.body?.error;
  const status = typeof e?.status === "number" ? e.status : 0;
  return {
    status,
    code: body?.code ?? (status ? "http" : "network"),
    message: body?.message ?? (status ? `The server answered ${status}` : "The server could not be reached. Check your connection and try again."),
    fields: body?.fields ?? {},
    current: body?.current,
  };
}

/** A sentence for a failure that no field explains. */
export function failureSentence(f: ApiFailure): string {
  if (f.status === 401) return "Your session has ended. Sign in again in another tab, then save again: your input is kept here.";
  if (f.status === 403) return `${f.message}. Only editors and admins can change records.`;
  if (f.status === 404) return "This record no longer exists (or was deleted). Copy anything you need before leaving.";
  if (f.status === 413) return f.message;
  if (f.status >= 500) return "Saving failed on the server. Your input is kept; try again in a moment.";
  return f.message;
}
