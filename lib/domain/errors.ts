import type { z } from "zod";

export type DomainErrorCode = "invalid" | "unauthenticated" | "forbidden" | "not_found" | "conflict";

/** A failure the caller can act on; the API layer maps `code` to an HTTP status. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
    /** For a conflict: the record as it stands now, so the editor can see what changed meanwhile. */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function invalid(field: string, message: string): DomainError {
  return new DomainError("invalid", message, { [field]: message });
}

export function notFound(what: string): DomainError {
  return new DomainError("not_found", `${what} was not found`);
}

/** Parses input with a schema; every rejection names the field it is about. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "(body)";
    fieldErrors[key] ??= issue.message;
  }
  const [field, message] = Object.entries(fieldErrors)[0];
  throw new DomainError("invalid", `${field}: ${message}`, fieldErrors);
}

/** A save based on an old version: someone else changed the record first. */
export function conflict(what: string, current: unknown): DomainError {
  return new DomainError("conflict", `${what} was changed by someone else since you opened it`, {}, current);
}
