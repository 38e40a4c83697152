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

export function errorResponse(error: unknown): NextResponse<ApiErrorBody> {
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
