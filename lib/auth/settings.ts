/**
 * The authentication settings, read once from the environment and validated. Every variable is
 * optional: a fresh clone runs with none of them (see README, "Accounts and roles").
 */
import { isIP } from "node:net";
import { z } from "zod";

/** How the client address used for rate limiting is found. */
export interface ClientIpSettings {
  /** A header your reverse proxy sets to the client address, replacing any value the client sent. */
  header?: string;
  /** Addresses or CIDR ranges of your proxies; X-Forwarded-For is then read right to left past them. */
  trustedProxies?: string[];
}

export interface AuthSettings {
  secret: string;
  /** The site's public origin; when unset, each request's own origin is used. */
  baseURL?: string;
  /** Secure cookies with the __Secure- prefix: always in production. */
  secureCookies: boolean;
  clientIp: ClientIpSettings;
}

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const isAddressOrRange = (entry: string) => {
  const [address, prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
};

const envSchema = z.object({
  NODE_ENV: optional(z.string()),
  BETTER_AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)")),
  BETTER_AUTH_URL: optional(z.url()),
  PUBLIC_URL: optional(z.url()),
  REQUIRE_LOGIN: optional(z.enum(["true", "false", "1", "0"])),
  TRUSTED_PROXIES: optional(
    z
      .string()
      .transform((list) => list.split(",").map((entry) => entry.trim()).filter(Boolean))
      .refine((entries) => entries.every(isAddressOrRange), "must be a comma list of IP addresses or CIDR ranges"),
  ),
  CLIENT_IP_HEADER: optional(z.string().regex(/^[A-Za-z0-9-]+$/, "must be a header name").transform((h) => h.toLowerCase())),
});

export type AuthEnv = z.output<typeof envSchema>;
/** The environment, or any stand-in for it (tests pass plain objects). */
export type EnvVars = Record<string, string | undefined>;

export function readAuthEnv(env: EnvVars = process.env): AuthEnv {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  throw new Error(`Invalid authentication settings: ${problems.join("; ")}`);
}

/** REQUIRE_LOGIN=true: reading needs a signed-in account too (default: anyone may read). */
export function requireLoginFromEnv(env: EnvVars = process.env): boolean {
  const value = readAuthEnv(env).REQUIRE_LOGIN;
  return value === "true" || value === "1";
}

/** Everything but the secret, which lib/auth/secret.ts resolves. */
export function authSettingsFromEnv(env: EnvVars = process.env): Omit<AuthSettings, "secret"> {
  const parsed = readAuthEnv(env);
  return {
    baseURL: parsed.BETTER_AUTH_URL ?? parsed.PUBLIC_URL,
    secureCookies: parsed.NODE_ENV === "production",
    clientIp: { header: parsed.CLIENT_IP_HEADER, trustedProxies: parsed.TRUSTED_PROXIES },
  };
}

/**
 * Better Auth's IP options for our settings. Without a proxy setting no header is believed: any
 * client can send X-Forwarded-For, so sign-in attempts then share one limit rather than letting a
 * forged header buy a fresh allowance per request.
 */
export function ipAddressOptions(clientIp: ClientIpSettings): { ipAddressHeaders: string[]; trustedProxies?: string[] } {
  if (clientIp.header) return { ipAddressHeaders: [clientIp.header], trustedProxies: clientIp.trustedProxies };
  if (clientIp.trustedProxies?.length) return { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: clientIp.trustedProxies };
  return { ipAddressHeaders: [] };
}
