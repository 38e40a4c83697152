/**
 * T02 with REQUIRE_LOGIN=true: every page and read API of the build, asked anonymously through
 * each proxy-bypass variant, answers 401/403/404 or sends the caller to sign in, and never carries
 * the marker planted in the data (a milestone title). A signed-in viewer, the control, sees it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startIsolatedServer, type IsolatedServer } from "@/lib/security/isolated-server";
import { BYPASS_VARIANTS, notARefusal, send } from "@/lib/security/matrix-kit";
import { readAppRoutes, readSampleIds, samplePath } from "@/lib/security/route-inventory";

test.describe.configure({ mode: "serial" });

let server: IsolatedServer;
let paths: string[];
let buildId: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startIsolatedServer({ requireLogin: true });
  const ids = readSampleIds(server.info.dbFile);
  buildId = readFileSync(path.join(server.info.distDir, "BUILD_ID"), "utf8").trim();
  // The search words, not the marker itself: a redirect to sign-in echoes the request's path.
  const q = `q=${encodeURIComponent("Security marker")}`;
  paths = readAppRoutes(server.info.distDir)
    // Sign-in and Better Auth's own endpoints are public by design.
    .filter((route) => route.pattern !== "/sign-in" && !route.pattern.startsWith("/api/auth"))
    .map((route) => samplePath(route.pattern, ids))
    .map((p) => `${p}${p.includes("?") ? "&" : "?"}${q}`);
  paths.push(`/no-such-page?${q}`);
});

test.afterAll(async () => {
  await server?.stop();
});

test("control: a signed-in viewer reads the marked record", async () => {
  const viewer = server.info.cookies.viewer;
  let bearing = 0;
  for (const p of paths) {
    const response = await send(server.info.baseURL, { method: "GET", path: p }, { cookie: viewer });
    if (response.text.includes(server.info.recordMarker)) bearing += 1;
  }
  const events = await send(server.info.baseURL, { method: "GET", path: `/api/v1/events?q=${server.info.recordMarker}` }, { cookie: viewer });
  expect(events.text).toContain(server.info.recordMarker);
  console.log(`T02 read gate: ${bearing} of ${paths.length} routes show the marker to a viewer`);
  expect(bearing).toBeGreaterThanOrEqual(2);
});

test("T02: anonymous readers get nothing through any bypass variant when sign-in is required", async () => {
  test.setTimeout(600_000);
  const problems: string[] = [];
  const statuses = new Map<number, number>();
  for (const p of paths) {
    for (const variant of BYPASS_VARIANTS) {
      const call = variant.apply({ method: "GET", path: p }, buildId);
      const response = await send(server.info.baseURL, call);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.text.includes(server.info.recordMarker)) problems.push(`${call.path} (${variant.name}): marker leaked with ${response.status}`);
      const why = notARefusal(call.path, response, buildId);
      if (why) problems.push(`${call.path} (${variant.name}): ${why}`);
    }
  }
  console.log(`T02 read gate: ${paths.length} routes × ${BYPASS_VARIANTS.length} variants, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect(problems).toEqual([]);
});
