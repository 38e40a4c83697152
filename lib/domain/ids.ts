import { randomUUID } from "node:crypto";

/**
 * Ids are made before the write so the record, its children and its revision can go in one batch
 * transaction (no interactive transaction holding the SQLite connection; see the guide).
 */
export function newId(): string {
  return randomUUID().replaceAll("-", "").slice(0, 24);
}
