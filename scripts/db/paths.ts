import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Engine } from "../../lib/db/url";

export const PRISMA_DIR = fileURLToPath(new URL("../../prisma", import.meta.url));
export const MODELS_FILE = path.join(PRISMA_DIR, "models.prisma");
export const ENGINES: Engine[] = ["sqlite", "postgres"];

export function migrationsDir(engine: Engine): string {
  return path.join(PRISMA_DIR, engine, "migrations");
}

/** Each migration keeps a copy of the models it was generated from, the base for the next diff. */
export const SNAPSHOT_FILE = "models.snapshot";
