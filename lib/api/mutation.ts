import "server-only";
import { NextResponse } from "next/server";
import { currentActor } from "../auth/session";
import { assertSameOrigin } from "../auth/origin";
import { getDb } from "../db/client";
import { assertCanWrite } from "../domain/actor";
import type { DomainContext } from "../domain/context";
import { errorResponse } from "./handler";
import { HttpError } from "./http-error";
import { parseJsonBody } from "./json-body";
import { readBodyCapped } from "./read-body";

/** Largest JSON body a write accepts; a record with its citations is a few kilobytes. */
export const MAX_BODY_BYTES = 256 * 1024;

type Handler<P> = (args: { body: unknown; params: P; ctx: DomainContext }) => Promise<unknown>;

/**
 * The one wrapper for every state-changing route: same-origin check (403), signed-in editor (401 /
 * 403) before anything else is read, body size (413) and JSON (400), then the use case, whose own
 * authorization runs again, with errors mapped to statuses.
 */
export function mutationRoute<P extends Record<string, string> = Record<string, never>>(handler: Handler<P>, okStatus = 200) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      assertSameOrigin(request.headers, process.env.PUBLIC_URL);
      const actor = await currentActor();
      assertCanWrite(actor);
      const body = parseJsonBody(await readBodyCapped(request, MAX_BODY_BYTES));
      const result = await handler({ body, params: await context.params, ctx: { db: await getDb(), actor } });
      return NextResponse.json(result, { status: okStatus });
    } catch (error) {
      if (error instanceof HttpError) {
        return NextResponse.json({ error: { code: error.code, message: error.message } }, { status: error.status });
      }
      return errorResponse(error);
    }
  };
}
