import "server-only";
import { NextResponse } from "next/server";
import { currentActor } from "../auth/session";
import { assertSameOrigin } from "../auth/origin";
import { getDb } from "../db/client";
import { assertCanWrite } from "../domain/actor";
import type { DomainContext } from "../domain/context";
import { DomainError } from "../domain/errors";
import { errorResponse } from "./handler";

/** Largest JSON body a write accepts; a record with its citations is a few kilobytes. */
export const MAX_BODY_BYTES = 256 * 1024;

class TooLarge extends Error {}

async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new TooLarge();
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Counted as it streams, so a body without (or lying about) Content-Length is cut off too.
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  let text: string;
  try {
    // Fatal: invalid UTF-8 is refused, not silently turned into U+FFFD.
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
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

const LONE_SURROGATE = "Text must be valid Unicode (it contains half of a surrogate pair)";

/**
 * The path of the first string holding a lone surrogate (JSON's "\ud800" escape allows one), or
 * null. Such text passes the schemas but cannot be stored as sent: the database keeps UTF-8, so it
 * would come back as U+FFFD. Walked with a stack, as JSON nests deeper than the call stack goes.
 */
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
      const body = await readJson(request);
      const result = await handler({ body, params: await context.params, ctx: { db: await getDb(), actor } });
      return NextResponse.json(result, { status: okStatus });
    } catch (error) {
      if (error instanceof TooLarge) {
        const message = `The request body is larger than the ${MAX_BODY_BYTES / 1024} KB limit`;
        return NextResponse.json({ error: { code: "too_large", message } }, { status: 413 });
      }
      return errorResponse(error);
    }
  };
}
