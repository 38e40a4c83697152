/**
 * The Better Auth configuration, as a factory over a database client and settings so that the app
 * (lib/auth/auth.ts), the user CLI and the tests build the very same thing. No `server-only` here:
 * the CLI runs outside Next.js.
 */
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins/admin";
import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements } from "better-auth/plugins/admin/access";
import type { Db } from "../db/open";
import type { Engine } from "../db/url";
import { AUTH_BASE_PATH, COOKIE_PREFIX } from "./constants";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "./password-policy";
import { ipAddressOptions, type AuthSettings } from "./settings";

export const SIGN_IN_LIMIT = { window: 10, max: 3 } as const;

// Viewers and editors get no account-management rights at all; admins get all but impersonation,
// which this site has no use for and which would let one account act under another's name.
const ac = createAccessControl(defaultStatements);
const noAccountRights = ac.newRole({ user: [], session: [] });
export const accessRoles = {
  viewer: noAccountRights,
  editor: noAccountRights,
  admin: ac.newRole({
    user: ["create", "list", "set-role", "ban", "delete", "set-password", "get", "update"],
    session: ["list", "revoke", "delete"],
  }),
};

// Every endpoint that sets a password, and the body field holding it. Better Auth checks only the
// length on some of them (not at all on admin create-user), so the whole policy is applied here.
const PASSWORD_FIELDS: Record<string, string> = {
  "/sign-up/email": "password",
  "/change-password": "newPassword",
  "/reset-password": "newPassword",
  "/set-password": "newPassword",
  "/admin/create-user": "password",
  "/admin/set-user-password": "newPassword",
};

const passwordPolicy = createAuthMiddleware(async (ctx) => {
  const field = PASSWORD_FIELDS[ctx.path];
  const value: unknown = field ? (ctx.body as Record<string, unknown> | undefined)?.[field] : undefined;
  if (typeof value !== "string") return;
  const problem = passwordProblem(value);
  if (problem) throw new APIError("BAD_REQUEST", { code: "PASSWORD_POLICY", message: problem });
});

export interface CreateAuthOptions {
  engine: Engine;
  /** Better Auth's own log output; tests turn it off. */
  logLevel?: "debug" | "info" | "warn" | "error" | "off";
}

export function createAuth(db: Db, settings: AuthSettings, options: CreateAuthOptions) {
  return betterAuth({
    appName: "Trade Talks Tracker",
    secret: settings.secret,
    baseURL: settings.baseURL,
    basePath: AUTH_BASE_PATH,
    database: prismaAdapter(db, { provider: options.engine === "postgres" ? "postgresql" : "sqlite" }),
    emailAndPassword: {
      enabled: true,
      // Admins create accounts (admin page or `npm run user:create`); see README "Accounts and roles".
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      // No cookie cache: every request reads the session row and the user's current role, so
      // sign-out, ban and demotion take effect on the very next request.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { ...SIGN_IN_LIMIT } },
    },
    advanced: {
      useSecureCookies: settings.secureCookies,
      cookiePrefix: COOKIE_PREFIX,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
      // Better Auth skips origin checks under NODE_ENV=test; the tests must see the real behaviour.
      disableOriginCheck: false,
      ipAddress: ipAddressOptions(settings.clientIp),
    },
    hooks: { before: passwordPolicy },
    plugins: [
      admin({ ac, roles: accessRoles, defaultRole: "viewer", adminRoles: ["admin"] }),
      // Last, as Better Auth asks: lets Server Actions that call auth.api set and clear cookies.
      nextCookies(),
    ],
    telemetry: { enabled: false },
    logger: options.logLevel === "off" ? { disabled: true } : { level: options.logLevel ?? "warn" },
  });
}

export type Auth = ReturnType<typeof createAuth>;
