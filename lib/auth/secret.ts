/**
 * The key that signs session cookies. BETTER_AUTH_SECRET wins; otherwise a random key is made once
 * and kept in a file beside the SQLite database (mode 0600), so a fresh clone signs users in
 * without configuration and sessions survive restarts. PostgreSQL deployments may run several
 * instances, which must share one key: there the variable is required in production.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseUrl, engineOf, sqliteFilePath } from "../db/url";
import { readAuthEnv, type EnvVars } from "./settings";

export function secretFilePath(url: string): string {
  const dir = engineOf(url) === "sqlite" ? path.dirname(sqliteFilePath(url)) : "data";
  return path.join(dir, "auth-secret");
}

export function resolveAuthSecret(env: EnvVars = process.env): string {
  const parsed = readAuthEnv(env);
  if (parsed.BETTER_AUTH_SECRET) return parsed.BETTER_AUTH_SECRET;
  const url = databaseUrl(env as NodeJS.ProcessEnv);
  if (engineOf(url) === "postgres" && parsed.NODE_ENV === "production") {
    throw new Error("BETTER_AUTH_SECRET must be set when running on PostgreSQL in production (every instance needs the same key)");
  }
  const file = secretFilePath(url);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx": when two processes start at once, the second keeps the first one's key.
      writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
      console.warn(`BETTER_AUTH_SECRET is not set: generated a signing key in ${file}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  const stored = readFileSync(file, "utf8").trim();
  if (stored.length < 32) throw new Error(`${file} holds no usable key: delete it to make a new one, or set BETTER_AUTH_SECRET`);
  return stored;
}
