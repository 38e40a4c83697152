import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { requireReader } from "../auth/session";
import { getDb, type Db } from "../db/client";
import { DomainError, parseInput, type DomainErrorCode } from "../domain/errors";

const STATUS: Record<DomainErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
};

export interface ApiErrorBody {
  error: { code: DomainErrorCode | "internal"; message: string; fields?: Record<string, string>; current?: unknown };
}

/**
 * An id in the body that names no row, which the use case did not check (a citation's articleId),
 * is the caller's mistake: 400, not 500. Only genuine foreign-key failures qualify: Prisma reports
 * a trigger's RAISE(ABORT) (the append-only Revision table) with the same P2003, and that stays a
 * 500, since it means our own code tried something it must not. The use cases should still check
 * such ids themselves and name the exact field; this is the net under them.
 */
function danglingReference(error: unknown): DomainError | null {
  type Cause = { originalCode?: string; constraint?: { fields?: string[]; index?: string } };
  const e = error as { code?: string; meta?: { modelName?: string; driverAdapterError?: { cause?: Cause } } };
  if (e?.code !== "P2003") return null;
  const cause = e.meta?.driverAdapterError?.cause;
  if (cause?.originalCode !== "SQLITE_CONSTRAINT_FOREIGNKEY" && cause?.originalCode !== "23503") return null;
  // SQLite does not say which key failed; PostgreSQL names the constraint, "<Model>_<field>_fkey".
  const field = cause.constraint?.fields?.[0] ?? /^[A-Za-z]+_(\w+)_fkey$/.exec(cause.constraint?.index ?? "")?.[1] ?? "(reference)";
  const message = `${e.meta?.modelName ?? "A record"} refers to a record that does not exist`;
  return new DomainError("invalid", `${field}: ${message}`, { [field]: message });
}

export function errorResponse(error: unknown): NextResponse<ApiErrorBody> {
  error = danglingReference(error) ?? error;
  if (error instanceof DomainError) {
    const fields = Object.keys(error.fieldErrors).length ? error.fieldErrors : undefined;
    const body = { code: error.code, message: error.message, fields, current: error.current };
    return NextResponse.json({ error: body }, { status: STATUS[error.code] });
  }
  // Unknown failures are logged on the server; the client gets no stack or internal detail.
  console.error(error);
  return NextResponse.json({ error: { code: "internal", message: "Something went wrong on our side" } }, { status: 500 });
}

/** Turns a URLSearchParams into a plain object; a repeated key becomes a comma list. */
function searchParamsObject(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) out[key] = key in out ? `${out[key]},${value}` : value;
  return out;
}

/**
 * The one wrapper for read-only JSON routes: check the reader may read (401 with REQUIRE_LOGIN=true
 * and no session), parse the query with its zod schema (a bad parameter is a 400 naming it), then
 * run the handler with the database, mapping domain errors to statuses.
 */
export function getRoute<S extends z.ZodType, R>(
  querySchema: S,
  handler: (args: { query: z.output<S>; db: Db; request: Request }) => Promise<R>,
) {
  return async function GET(request: Request): Promise<Response> {
    try {
      await requireReader("api");
      const query = parseInput(querySchema, searchParamsObject(new URL(request.url).searchParams));
      const body = await handler({ query, db: await getDb(), request });
      return NextResponse.json(body);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
