import { createHash } from "node:crypto";
import type { Db, Prisma } from "../db/open";
import { invalid } from "../domain/errors";
import { HttpError } from "../api/http-error";

/**
 * Idempotency-Key for create requests (TEST-PLAN T16): the first answer to a key is kept for 24
 * hours and every retry with the same key and the same body gets exactly that answer, without a
 * second write; the same key with another body is refused (422). Keys are per user and per
 * endpoint. Concurrent first requests may both run (the article dedupe makes that harmless); the
 * first answer saved is the one every caller returns.
 */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface StoredAnswer {
  status: number;
  body: unknown;
}

export function idempotencyKeyOf(request: Request): string | null {
  const key = request.headers.get("idempotency-key");
  if (key === null) return null;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw invalid("Idempotency-Key", "Idempotency-Key must be 1–200 printable ASCII characters");
  }
  return key;
}

/**
 * A digest of a request body, for "same body" checks: the bytes of a JSON body as sent (a retry
 * resends them unchanged), or a canonical description of an upload (multipart boundaries vary).
 */
export function requestDigest(body: Buffer | string): string {
  return createHash("sha256").update(body).digest("hex");
}

const reused = () =>
  new HttpError("idempotency_key_reused", "This Idempotency-Key was already used with a different request body", {
    "Idempotency-Key": "Already used with a different body",
  });

async function stored(db: Db, id: string, digest: string, now: number): Promise<StoredAnswer | null> {
  const row = await db.idempotencyKey.findUnique({ where: { id } });
  if (!row) return null;
  if (row.createdAt.getTime() < now - IDEMPOTENCY_TTL_MS) {
    await db.idempotencyKey.deleteMany({ where: { id, createdAt: row.createdAt } });
    return null;
  }
  if (row.requestHash !== digest) throw reused();
  return { status: row.status, body: row.response };
}

/** Runs `work` once per (scope, user, key, body); replays the stored answer otherwise. */
export async function withIdempotency(
  db: Db,
  scope: { name: string; actorId: string | null; key: string | null; digest: string },
  work: () => Promise<StoredAnswer>,
): Promise<StoredAnswer> {
  if (!scope.key) return work();
  const id = `${scope.name}:${scope.actorId ?? "-"}:${scope.key}`;
  const replay = await stored(db, id, scope.digest, Date.now());
  if (replay) return replay;
  const answer = await work();
  // Only successes are kept: a failed request may be retried with the same key and succeed.
  if (answer.status >= 300) return answer;
  try {
    const now = Date.now();
    await db.$transaction([
      // Expired keys go as new ones come, so the table holds about a day of keys.
      db.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(now - IDEMPOTENCY_TTL_MS) } } }),
      db.idempotencyKey.create({
        data: { id, requestHash: scope.digest, status: answer.status, response: answer.body as Prisma.InputJsonValue, createdAt: new Date(now) },
      }),
    ]);
    return answer;
  } catch (error) {
    const first = await stored(db, id, scope.digest, Date.now());
    if (first) return first;
    throw error;
  }
}
