import "server-only";
import { NextResponse } from "next/server";
import { errorResponse } from "../api/handler";
import { assertSameOrigin } from "../auth/origin";
import { currentActor } from "../auth/session";
import { getDb } from "../db/client";
import { assertCanWrite, type Actor } from "../domain/actor";
import type { DomainContext } from "../domain/context";
import { HttpError, unsupportedType } from "../api/http-error";
import type { StoredAnswer } from "./idempotency";
import { readBodyCapped } from "../api/read-body";

export interface IngestRequest<P> {
  request: Request;
  body: Buffer;
  params: P;
  ctx: DomainContext & { actor: Actor };
}

export function ingestErrorResponse(error: unknown): Response {
  if (error instanceof HttpError) {
    const fields = Object.keys(error.fields).length ? error.fields : undefined;
    return NextResponse.json({ error: { code: error.code, message: error.message, fields } }, { status: error.status });
  }
  return errorResponse(error);
}

/**
 * The wrapper of the ingest routes: like lib/api/mutation.ts (same origin, signed-in editor,
 * before anything is read) but with each route's own body limit, since an article or an upload
 * is far larger than a record edit; the body is counted as it streams and refused at the limit.
 */
export function ingestRoute<P extends Record<string, string> = Record<string, never>>(
  limit: { maxBytes: number; what: string },
  handler: (args: IngestRequest<P>) => Promise<StoredAnswer>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      assertSameOrigin(request.headers, process.env.PUBLIC_URL);
      const actor = await currentActor();
      assertCanWrite(actor);
      const body = await readBodyCapped(request, limit.maxBytes, limit.what);
      const answer = await handler({ request, body, params: await context.params, ctx: { db: await getDb(), actor } });
      return NextResponse.json(answer.body, { status: answer.status });
    } catch (error) {
      return ingestErrorResponse(error);
    }
  };
}

/** The media type a route reads; anything else is a 415 that names what to send instead. */
export function requireContentType(request: Request, type: "application/json" | "multipart/form-data"): void {
  const actual = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (actual !== type) throw unsupportedType(`Send the request as ${type}${actual ? `, not ${actual}` : ""}`);
}

