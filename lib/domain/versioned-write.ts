import type { Db, Prisma } from "../db/open";
import { conflict, notFound } from "./errors";

interface VersionedWrite {
  what: string;
  id: string;
  before: { version: number; deletedAt?: Date | null } | null;
  baseVersion: number;
  current: () => Promise<unknown>;
  /** The first operation must be the guarded update (`where: { id, version: baseVersion }`). */
  ops: Prisma.PrismaPromise<unknown>[];
}

function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2025";
}

/**
 * Runs a versioned change as one batch transaction. The guarded update fails with "record not
 * found" when another save got there first, which rolls the whole batch back: no child rows, no
 * revision. Batch (not interactive) transactions keep the SQLite connection free of interleaved
 * queries from other requests.
 */
export async function runVersionedWrite(db: Db, w: VersionedWrite): Promise<{ id: string; version: number }> {
  if (!w.before || w.before.deletedAt) throw notFound(w.what);
  if (w.before.version !== w.baseVersion) throw conflict(w.what, await w.current());
  try {
    await db.$transaction(w.ops);
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(w.what, await w.current());
    throw error;
  }
  return { id: w.id, version: w.baseVersion + 1 };
}
