import { describe, expect, it } from "vitest";
import { DomainError } from "../domain/errors";
import { actorFromUser } from "./actor-from-user";
import { withRetryAfter } from "./handler";
import { safeNextPath } from "./next-path";
import { assertSameOrigin } from "./origin";
import { topLeakedPasswords } from "./leaked-passwords";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "./password-policy";
import { allowedActions, can, roleOf } from "./permissions";
import { authSettingsFromEnv, ipAddressOptions, readAuthEnv, requireLoginFromEnv } from "./settings";

describe("permissions", () => {
  it.each([
    ["viewer", ["read"]],
    ["editor", ["read", "write"]],
    ["admin", ["read", "write", "manage-users"]],
    ["system", ["read", "write"]],
  ] as const)("%s may %j", (role, actions) => {
    expect(allowedActions(role)).toEqual(actions);
  });

  it("lets anonymous visitors read only, and not at all when sign-in is required", () => {
    expect(can(null, "read")).toBe(true);
    expect(can(null, "write")).toBe(false);
    expect(can(null, "read", { requireLogin: true })).toBe(false);
    expect(can({ id: "u", label: "v@x.org", role: "viewer" }, "read", { requireLogin: true })).toBe(true);
  });

  it.each([
    ["admin", "admin"],
    ["editor", "editor"],
    ["viewer", "viewer"],
    ["viewer,editor", "editor"],
    ["user", "viewer"],
    ["", "viewer"],
    [null, "viewer"],
    ["ADMIN", "viewer"],
  ])("reads the stored role %j as %s", (stored, role) => {
    expect(roleOf(stored)).toBe(role);
  });

  it("maps a user to an actor, and a banned one to nobody until the ban expires", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const user = { id: "u1", email: "ed@example.org", role: "editor" };
    expect(actorFromUser(user, now)).toEqual({ id: "u1", label: "ed@example.org", role: "editor" });
    expect(actorFromUser({ ...user, banned: true }, now)).toBeNull();
    expect(actorFromUser({ ...user, banned: true, banExpires: new Date("2026-02-01") }, now)).toBeNull();
    expect(actorFromUser({ ...user, banned: true, banExpires: new Date("2025-12-01") }, now)?.role).toBe("editor");
  });
});

describe("T11 password policy (rule table)", () => {
  const passphrase = (length: number) => "plum orbit canal ".repeat(10).slice(0, length);
  it.each([
    ["7 characters", "tr4de!x", false],
    ["11 characters", "elevenchars", false],
    ["12 characters, letters only", "gloriousmoth", true],
    ["12 characters, no digits or symbols required", "ziggurat lab", true],
    ["64-character passphrase", passphrase(64), true],
    ["128-character passphrase", passphrase(128), true],
    ["129 characters", passphrase(129), false],
    ["common long password", "password1234", false],
    ["common, different case", "Password1234", false],
    ["keyboard walk", "1qaz2wsx3edc", false],
    ["one character repeated", "aaaaaaaaaaaaaaaa", false],
    ["short unit repeated", "abcabcabcabc", false],
    ["the site's name", "TradeTalksTracker", false],
    ["non-Latin passphrase", "東京で交渉が続く五月の雨", true],
  ])("%s → %s", (_label, password, accepted) => {
    expect(passwordProblem(password) === null).toBe(accepted);
  });

  it("refuses 30 passwords sampled from the top 3,000 of the leaked-password list, whatever their case", () => {
    const top = topLeakedPasswords(3000);
    expect(top).toHaveLength(3000);
    // Every 100th entry: the short ones fall to the length rule, the rest to the list itself.
    const sample = top.filter((_p, i) => i % 100 === 0);
    expect(sample).toHaveLength(30);
    for (const password of sample) {
      expect(passwordProblem(password), password).not.toBeNull();
      if (password.length >= MIN_PASSWORD_LENGTH) expect(passwordProblem(password.toUpperCase())).toMatch(/too common/);
    }
    const long = top.filter((p) => p.length >= MIN_PASSWORD_LENGTH);
    expect(long.length).toBeGreaterThan(0);
    for (const password of long) expect(passwordProblem(password), password).toMatch(/too common/);
  });

  it("sets the limits the tests plan names", () => {
    expect([MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH]).toEqual([12, 128]);
  });
});

describe("after sign-in, only local paths", () => {
  it.each([
    ["/timeline?economy=JPN", "/timeline?economy=JPN"],
    ["/admin/users", "/admin/users"],
    [undefined, "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["/\t/evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/sign-in", "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});

describe("same-origin check for Server Actions", () => {
  const check = (headers: Record<string, string>, expected?: string) => () => assertSameOrigin(new Headers(headers), expected);
  it("accepts our own pages", () => {
    expect(check({ origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "same-origin" })).not.toThrow();
    expect(check({ origin: "https://tracker.example" }, "https://tracker.example")).not.toThrow();
  });
  it.each([
    ["a foreign Origin", { origin: "https://evil.example", host: "localhost:3000" }],
    ["no Origin, cross-site fetch metadata", { "sec-fetch-site": "cross-site", host: "localhost:3000" }],
    ["no Origin and no fetch metadata", { host: "localhost:3000" }],
    ["Origin null", { origin: "null", host: "localhost:3000" }],
    ["same-site but not same-origin", { origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "same-site" }],
  ])("refuses %s", (_label, headers) => {
    expect(check(headers)).toThrow(DomainError);
  });
  it("refuses another origin than the configured one", () => {
    expect(check({ origin: "http://localhost:3000", host: "localhost:3000" }, "https://tracker.example")).toThrow(DomainError);
  });
});

describe("settings", () => {
  it("trusts no forwarded header unless a proxy setting says so", () => {
    expect(ipAddressOptions({})).toEqual({ ipAddressHeaders: [] });
    expect(ipAddressOptions({ trustedProxies: ["10.0.0.2"] })).toEqual({ ipAddressHeaders: ["x-forwarded-for"], trustedProxies: ["10.0.0.2"] });
    expect(ipAddressOptions({ header: "x-real-ip" })).toEqual({ ipAddressHeaders: ["x-real-ip"], trustedProxies: undefined });
  });

  it("reads the environment, with secure cookies in production only", () => {
    expect(authSettingsFromEnv({ NODE_ENV: "production", TRUSTED_PROXIES: "10.0.0.2, 192.0.2.0/24", CLIENT_IP_HEADER: "X-Real-IP" })).toEqual({
      baseURL: undefined,
      secureCookies: true,
      clientIp: { header: "x-real-ip", trustedProxies: ["10.0.0.2", "192.0.2.0/24"] },
    });
    expect(authSettingsFromEnv({ NODE_ENV: "development", PUBLIC_URL: "https://t.example" })).toMatchObject({ secureCookies: false, baseURL: "https://t.example" });
    expect(requireLoginFromEnv({ REQUIRE_LOGIN: "true" })).toBe(true);
    expect(requireLoginFromEnv({ REQUIRE_LOGIN: "" })).toBe(false);
    expect(requireLoginFromEnv({})).toBe(false);
  });

  it.each([
    [{ TRUSTED_PROXIES: "10.0.0.0/33" }],
    [{ TRUSTED_PROXIES: "proxy.internal" }],
    [{ BETTER_AUTH_SECRET: "too-short" }],
    [{ REQUIRE_LOGIN: "yes" }],
    [{ CLIENT_IP_HEADER: "x real ip" }],
  ])("refuses %j", (env) => {
    expect(() => readAuthEnv(env)).toThrow(/Invalid authentication settings/);
  });
});

describe("Retry-After", () => {
  it("copies Better Auth's X-Retry-After onto a 429", () => {
    const limited = withRetryAfter(new Response("{}", { status: 429, headers: { "x-retry-after": "7" } }));
    expect(limited.headers.get("retry-after")).toBe("7");
    const ok = withRetryAfter(new Response("{}", { status: 200 }));
    expect(ok.headers.has("retry-after")).toBe(false);
  });
});
