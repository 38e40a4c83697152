/** Helpers for the auth tests: a real Better Auth instance over a test database, no mocks. */
import { randomBytes } from "node:crypto";
import type { Db } from "../db/open";
import type { Engine } from "../db/url";
import type { Role } from "../domain/actor";
import { actorFromUser } from "./actor-from-user";
import { createAuth, type Auth } from "./create-auth";
import type { AuthSettings } from "./settings";

export const DEV_ORIGIN = "http://localhost:3000";
export const PROD_ORIGIN = "https://tracker.example";

export function testAuth(db: Db, engine: Engine, settings: Partial<AuthSettings> = {}): Auth {
  return createAuth(
    db,
    { secret: randomBytes(32).toString("base64url"), baseURL: DEV_ORIGIN, secureCookies: false, clientIp: {}, ...settings },
    { engine, logLevel: "off" },
  );
}

/** A Request to the auth API as a browser on our own site would send it. */
export function authRequest(
  path: string,
  init: { method?: string; body?: unknown; cookie?: string; origin?: string; headers?: Record<string, string> } = {},
): Request {
  const origin = init.origin ?? DEV_ORIGIN;
  const headers = new Headers({ origin, ...init.headers });
  if (init.body !== undefined) headers.set("content-type", "application/json");
  if (init.cookie) headers.set("cookie", init.cookie);
  return new Request(`${origin}/api/auth${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

export async function addUser(auth: Auth, email: string, role: Role, password = "correct horse battery"): Promise<string> {
  const { user } = await auth.api.createUser({ body: { email, name: email.split("@")[0], password, role } });
  return user.id;
}

/** The "name=value" pairs of every cookie a response sets, ready for a Cookie header. */
export function cookieHeader(response: Response | Headers): string {
  const headers = response instanceof Headers ? response : response.headers;
  return headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

/** Signs in through the server API (no rate limit) and returns the session cookie. */
export async function signIn(auth: Auth, email: string, password = "correct horse battery"): Promise<string> {
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  return cookieHeader(headers);
}

/** The Actor a request carrying this cookie acts as, read the way currentActor() reads it. */
export async function actorFor(auth: Auth, cookie: string) {
  const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
  return session ? actorFromUser(session.user) : null;
}
