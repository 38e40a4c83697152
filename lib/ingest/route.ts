import "server-only";
import { NextResponse } from "next/server";
import { errorResponse } from "../api/handler";
import { assertSameOrigin } from "../auth/origin";
import { currentActor } from "../auth/session";
import { getDb } from "../db/client";
import { assertCanWrite, type Actor } from "../domain/actor";
import type { DomainContext } from "../domain/context";
import { DomainError } from "../domain/errors";
import { HttpError, unsupportedType } from "./http-error";
import type { StoredAnswer } from "./idempotency";
import { readBodyCapped } from "./read-body";

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

const LONE_SURROGATE = "Text must be valid Unicode (it contains half of a surrogate pair)";

/** The path of the first string or key holding a lone surrogate, walked with a stack (JSON nests deep). */
function illFormedTextPath(root: unknown): string | null {
  const stack: [unknown, string][] = [[root, ""]];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (typeof value === "string") {
      if (!value.isWellFormed()) return path || "(body)";
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (!key.isWellFormed()) return path || "(body)";
        stack.push([item, path ? `${path}.${key}` : key]);
      }
    }
  }
  return null;
}

/** A JSON body read as lib/api/mutation.ts reads one: strict UTF-8, no lone surrogates, 400 naming the problem. */
export function parseJsonBody(body: Buffer): unknown {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new DomainError("invalid", "(body): the request body must be UTF-8", { "(body)": "The request body must be UTF-8" });
  }
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new DomainError("invalid", "(body): the request body must be JSON", { "(body)": "The request body must be JSON" });
  }
  const broken = illFormedTextPath(value);
  if (broken !== null) throw new DomainError("invalid", `${broken}: ${LONE_SURROGATE}`, { [broken]: LONE_SURROGATE });
  return value;
}
