/** The CSP builder, the nonce and proxy.ts as Next.js calls it (the live-server crawl is e2e/security-headers.spec.ts). */
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { commonHeaderProblems, cspNonce, cspProblems, parseCsp } from "./header-checks";
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, createNonce } from "./headers";
import { ACTION_BODY_LIMIT_BYTES } from "./limits";

const ORIGIN = "http://tracker.test";

async function loadProxy(env: Record<string, string | undefined> = {}) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value ?? "");
  return (await import("../../proxy")).proxy;
}

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`${ORIGIN}${path}`, { method: init.method ?? "GET", headers: init.headers });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the Content-Security-Policy", () => {
  it("passes every T06 check, with a nonce, 'strict-dynamic' and nothing unsafe for scripts", () => {
    const csp = contentSecurityPolicy(createNonce());
    expect(cspProblems({ "content-security-policy": csp })).toEqual([]);
    const script = parseCsp(csp).get("script-src")!;
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(parseCsp(csp).get("style-src")).not.toContain("'unsafe-inline'");
  });

  it("adds 'unsafe-eval' (React's dev stacks) and inline styles only in development", () => {
    const dev = parseCsp(contentSecurityPolicy("bm9uY2Vub25jZW5vbmNlbm9u", { dev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toContain("'unsafe-inline'");
  });

  it("puts script-src first among script directives, where Next.js looks for the nonce", () => {
    const csp = contentSecurityPolicy("abc");
    const directives = csp.split("; ").map((d) => d.split(" ")[0]);
    expect(directives.findIndex((d) => d.startsWith("script-src"))).toBe(directives.indexOf("script-src"));
    expect(cspNonce(csp)).toBe("abc");
  });
});

describe("the nonce", () => {
  it("is 18 random bytes in base64 and never repeats", () => {
    const nonces = Array.from({ length: 10_000 }, createNonce);
    for (const nonce of nonces.slice(0, 100)) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(18);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});

describe("the static headers", () => {
  it("meet T06 on their own", () => {
    const headers = Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value]));
    expect(commonHeaderProblems(headers)).toEqual([]);
  });
});

describe("proxy.ts", () => {
  it("puts a fresh policy on the response and hands Next.js the same nonce on the request", async () => {
    const proxy = await loadProxy({ REQUIRE_LOGIN: "false" });
    const first = proxy(request("/timeline"));
    const second = proxy(request("/timeline"));
    const csp = first.headers.get("content-security-policy")!;
    expect(cspProblems({ "content-security-policy": csp })).toEqual([]);
    expect(cspNonce(csp)).not.toBe(cspNonce(second.headers.get("content-security-policy")!));
    // NextResponse.next({ request: { headers } }) carries the rewritten request headers like this.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(cspNonce(csp));
  });

  it("replaces a client's own CSP, nonce and return-path headers", async () => {
    const proxy = await loadProxy({ REQUIRE_LOGIN: "true" });
    const response = proxy(
      request("/timeline", {
        headers: {
          "content-security-policy": "script-src 'nonce-attacker'",
          "x-nonce": "attacker",
          "x-tracker-path": "//evil.example",
          cookie: "tracker.session_token=x",
        },
      }),
    );
    expect(response.headers.get("x-middleware-request-content-security-policy")).not.toContain("attacker");
    expect(response.headers.get("x-middleware-request-x-nonce")).not.toBe("attacker");
    expect(response.headers.get("x-middleware-request-x-tracker-path")).toBe("/timeline");
  });

  it("refuses cross-site Server Action posts with 403, before any action code", async () => {
    const proxy = await loadProxy({ REQUIRE_LOGIN: "false", PUBLIC_URL: "", BETTER_AUTH_URL: "" });
    const post = (headers: Record<string, string>) => proxy(request("/admin/users", { method: "POST", headers: { host: "tracker.test", "next-action": "abc", ...headers } }));
    expect(post({ origin: "https://evil.example" }).status).toBe(403);
    expect(post({}).status).toBe(403);
    expect(post({ "sec-fetch-site": "cross-site" }).status).toBe(403);
    expect(post({ origin: "null" }).status).toBe(403);
    const refused = post({ origin: "https://evil.example" });
    expect(refused.headers.get("content-security-policy")).toBeTruthy();
    expect(post({ origin: ORIGIN, "sec-fetch-site": "same-origin" }).status).toBe(200);
    expect(post({ origin: ORIGIN, "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }).status).toBe(413);
    // API routes check for themselves (lib/api/mutation.ts, Better Auth): the proxy lets them through.
    expect(proxy(request("/api/v1/rounds", { method: "POST", headers: { origin: "https://evil.example" } })).status).toBe(200);
  });

  it("sends anonymous page requests to sign-in when REQUIRE_LOGIN=true, with the policy on the redirect", async () => {
    const proxy = await loadProxy({ REQUIRE_LOGIN: "true" });
    const page = proxy(request("/timeline?economy=JPN"));
    expect(page.status).toBe(307);
    expect(new URL(page.headers.get("location")!).pathname).toBe("/sign-in");
    expect(new URL(page.headers.get("location")!).searchParams.get("next")).toBe("/timeline?economy=JPN");
    expect(page.headers.get("content-security-policy")).toBeTruthy();
    // The API answers 401 itself; the sign-in page and static files stay reachable.
    for (const path of ["/api/v1/events", "/sign-in", "/robots.txt"]) expect(proxy(request(path)).status).toBe(200);
  });
});
