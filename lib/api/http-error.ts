/**
 * Failures of the transport rather than the domain: a body over its limit (413), a file we don't
 * read (415), a replayed Idempotency-Key with a different body (422). The ingest routes map them;
 * domain failures keep going through DomainError and lib/api/handler.ts.
 */
export type HttpErrorCode = "too_large" | "unsupported_type" | "idempotency_key_reused";

const STATUS: Record<HttpErrorCode, number> = { too_large: 413, unsupported_type: 415, idempotency_key_reused: 422 };

export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: HttpErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
    this.status = STATUS[code];
  }
}

export const tooLarge = (message: string, fields?: Record<string, string>) => new HttpError("too_large", message, fields);
export const unsupportedType = (message: string, fields?: Record<string, string>) =>
  new HttpError("unsupported_type", message, fields);
