/**
 * The one place that decides which database engine the app talks to: a postgres:// URL selects
 * PostgreSQL, anything else (or nothing) the embedded SQLite file.
 */
export type Engine = "sqlite" | "postgres";

export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function engineOf(url: string): Engine {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgres";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(
    `DATABASE_URL must be a file: URL (SQLite) or a postgres:// URL (PostgreSQL); got "${url.split(":")[0]}:…"`,
  );
}

/** Path of the SQLite file named by a file: URL, relative to the working directory as Prisma does. */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "").split("?")[0];
}
