/**
 * T19 through the real endpoints: every state-changing route handler under app/api/v1 (found on
 * disk, so new ones are fuzzed too) gets FUZZ_RUNS (default 1,000) hostile bodies from fast-check,
 * sent in-process as a signed-in editor from our own origin, on a real migrated and seeded SQLite
 * database with a real Better Auth session. Passes when no answer is a 5xx, every 400 names the
 * field it is about, nothing pollutes Object.prototype, valid generated records read back exactly
 * as validated, and bodies over the documented limit get 413.
 *
 * The one stand-in: next/headers. Outside a Next.js server there is no request scope, so headers()
 * returns the headers of the request being handled (kept in an AsyncLocalStorage). Everything
 * behind it (session lookup, role, database) is the real thing.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "../../prisma/seed";
import { createTestDb, type TestDb } from "../../prisma/testing/test-db";
import { MAX_BODY_BYTES } from "../api/mutation";
import { getAuth } from "../auth/auth";
import { milestoneInputSchema } from "../validation/milestone";
import { roundInputSchema } from "../validation/round";
import { tariffMeasureInputSchema } from "../validation/tariff-measure";
import { fuzzBodies, hostileIds, type FuzzBody } from "./fuzz-payloads";

const requestHeaders = new AsyncLocalStorage<Headers>();
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders.getStore() ?? new Headers(),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const ORIGIN = "http://tracker.test";
const MUTATING = ["POST", "PUT", "PATCH", "DELETE"] as const;
/** A stand-in in generated bodies for "the record's current version", filled in when sent. */
const CURRENT_VERSION = 424242;

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface Endpoint {
  method: string;
  pattern: string;
  handler: Handler;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

const API_DIR = path.resolve("app/api/v1");

describe("T19 hostile bodies through the write endpoints", () => {
  let t: TestDb;
  let editorCookie: string;
  const endpoints: Endpoint[] = [];
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  const report: Record<string, { runs: number; statuses: Record<number, number>; kinds: Record<string, number> }> = {};
  /** Failures by endpoint: how many, and the first few in full. */
  const problems = new Map<string, { count: number; examples: string[] }>();
  const problem = (label: string, text: string) => {
    const entry = problems.get(label) ?? { count: 0, examples: [] };
    entry.count += 1;
    if (entry.examples.length < 3) entry.examples.push(text);
    problems.set(label, entry);
  };

  beforeAll(async () => {
    t = await createTestDb("sqlite");
    await seed(t.db);
    process.env.DATABASE_URL = t.url;
    process.env.PUBLIC_URL = ORIGIN;
    process.env.BETTER_AUTH_SECRET = randomBytes(32).toString("base64url");
    // lib/db/client keeps the app's one client on globalThis: this test's database is that client.
    (globalThis as unknown as { trackerDb?: Promise<unknown> }).trackerDb = Promise.resolve(t.db);
    const auth = await getAuth();
    const email = "fuzz-editor@security.test";
    const password = `Fuzz-${randomBytes(9).toString("base64url")}-phrase`;
    await auth.api.createUser({ body: { email, password, name: "Fuzz editor", role: "editor" } });
    const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
    editorCookie = headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    for (const file of routeFiles(API_DIR)) {
      const routeModule = (await import(file)) as Record<string, unknown>;
      const pattern = `/api/v1/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")}`;
      for (const method of MUTATING) {
        if (typeof routeModule[method] === "function") endpoints.push({ method, pattern, handler: routeModule[method] as Handler });
      }
    }
  });

  afterAll(async () => {
    (globalThis as unknown as { trackerDb?: unknown }).trackerDb = undefined;
    (globalThis as unknown as { trackerAuth?: unknown }).trackerAuth = undefined;
    await t?.drop();
  });

  async function call(endpoint: Endpoint, url: string, params: Record<string, string>, body: BodyInit | null, extra: Record<string, string> = {}) {
    const headers = new Headers({ origin: ORIGIN, "sec-fetch-site": "same-origin", cookie: editorCookie, "content-type": "application/json", ...extra });
    const request = new Request(`${ORIGIN}${url}`, { method: endpoint.method, headers, body, duplex: "half" } as RequestInit);
    return requestHeaders.run(request.headers, () => endpoint.handler(request, { params: Promise.resolve(params) }));
  }

  const COLLECTION_TABLE: Record<string, "round" | "tariffMeasure" | "milestone" | "negotiation" | "person"> = {
    rounds: "round",
    "tariff-measures": "tariffMeasure",
    milestones: "milestone",
    negotiations: "negotiation",
    people: "person",
  };

  /** Sample parameters, a valid body (with CURRENT_VERSION where the version goes) and the version's source. */
  async function subject(endpoint: Endpoint) {
    const [, , , collection, param, action] = endpoint.pattern.split("/");
    const table = COLLECTION_TABLE[collection];
    const negotiation = await t.db.negotiation.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" } });
    const date = { dateStart: "2025-07-01", dateEnd: "2025-07-02", datePrecision: "day" };
    const citations = [{ url: "https://example.org/fuzz", quote: "a quote" }];
    const meta = { baseVersion: CURRENT_VERSION, reason: "Fuzzing the write API" };
    if (endpoint.method === "POST" && param === undefined) {
      const bodies: Record<string, unknown> = {
        rounds: { negotiationId: negotiation.id, number: 7, level: "working", status: "planned", date, location: "Geneva", citations },
        "tariff-measures": { imposerCode: "USA", targetCode: "JPN", sector: "steel", rate: 12.5, kind: "sectoral", status: "threatened", stacking: "adds", effectiveFrom: "2025-08-01", citations },
        milestones: { date, kind: "announcement", title: "Fuzz milestone", negotiationId: negotiation.id, citations },
        negotiations: { slug: "fuzz-negotiation", title: "Fuzz negotiation", status: "active", summary: "", parties: ["USA", "GBR"], citations },
        people: { name: "Fuzz Person", countryCode: "GBR", title: "Fuzz office", citations },
      };
      return { params: {}, url: endpoint.pattern, valid: bodies[collection] ?? {}, version: async () => 0 };
    }
    if (table && param === "[id]") {
      const delegate = t.db[table] as unknown as { findFirstOrThrow: (q: object) => Promise<{ id: string }>; findUnique: (q: object) => Promise<{ version: number } | null> };
      const record = await delegate.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "desc" } });
      const version = async () => (await delegate.findUnique({ where: { id: record.id }, select: { version: true } }))?.version ?? 1;
      const url = `/api/v1/${collection}/${record.id}${action ? `/${action}` : ""}`;
      if (endpoint.method === "PUT") {
        const { RECORD_KINDS } = await import("../api/record-routes");
        const { id: _id, version: _v, deletedAt: _d, ...current } = (await RECORD_KINDS[table].snapshot(t.db, record.id)) as Record<string, unknown>;
        return { params: { id: record.id }, url, valid: { ...current, ...meta }, version };
      }
      return { params: { id: record.id }, url, valid: meta, version };
    }
    if (endpoint.pattern === "/api/v1/revisions/[id]/revert") {
      const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "round", action: { in: ["create", "update"] } }, orderBy: { id: "asc" } });
      const version = async () => (await t.db.round.findUnique({ where: { id: revision.entityId }, select: { version: true } }))?.version ?? 1;
      return { params: { id: revision.id }, url: `/api/v1/revisions/${revision.id}/revert`, valid: meta, version };
    }
    // A route this file has no sample for: generic parameters and arbitrary bodies.
    const params = Object.fromEntries([...endpoint.pattern.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => [m[1], "sample"]));
    return { params, url: endpoint.pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, "sample"), valid: {}, version: async () => 1 };
  }

  function hasIllFormedText(text: string): boolean {
    let stack: unknown[];
    try {
      stack = [JSON.parse(text)];
    } catch {
      return false;
    }
    while (stack.length) {
      const value = stack.pop();
      if (typeof value === "string" && !value.isWellFormed()) return true;
      if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) stack.push(key, item);
    }
    return false;
  }

  /** A rejection names its field: error.fields has keys, or the message starts with a field path. */
  function namesField(body: { error?: { fields?: Record<string, string>; message?: string } }): boolean {
    const fields = Object.keys(body.error?.fields ?? {}).filter((key) => key.length > 0);
    return fields.length > 0 || /^[\w$().[\]-]+(\.[\w$().[\]-]+)*: /.test(body.error?.message ?? "");
  }

  it("finds the write endpoints", () => {
    const labels = endpoints.map((e) => `${e.method} ${e.pattern}`);
    console.log(`T19 endpoints (${labels.length}): ${labels.join(", ")}`);
    for (const known of ["POST /api/v1/rounds", "PUT /api/v1/rounds/[id]", "DELETE /api/v1/milestones/[id]", "POST /api/v1/revisions/[id]/revert"]) {
      expect(labels).toContain(known);
    }
  });

  it(`answers ${RUNS} hostile bodies per endpoint with no 5xx, and every 400 names its field`, async () => {
    const only = process.env.FUZZ_ONLY;
    for (const endpoint of endpoints) {
      const label = `${endpoint.method} ${endpoint.pattern}`;
      if (only && label !== only) continue;
      const entry: (typeof report)[string] = { runs: 0, statuses: {}, kinds: {} };
      report[label] = entry;
      const target = await subject(endpoint);
      await fc.assert(
        fc.asyncProperty(fuzzBodies(target.valid as never), fc.option(hostileIds, { freq: 10 }), async (body: FuzzBody, badId) => {
          const text = body.text.replaceAll(String(CURRENT_VERSION), String(await target.version()));
          // One run in ten also gets a route parameter that is not an id.
          const params = badId !== null && Object.keys(target.params).length ? Object.fromEntries(Object.keys(target.params).map((k) => [k, badId])) : target.params;
          const url = params === target.params ? target.url : target.url.replace(Object.values(target.params)[0] ?? "", encodeURIComponent((badId ?? "").toWellFormed()));
          // What the server logs for a 500 (lib/api/handler.ts), kept for the report.
          const logged: unknown[] = [];
          const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args[0]));
          const response = await call(endpoint, url, params, text).finally(() => spy.mockRestore());
          entry.runs += 1;
          entry.statuses[response.status] = (entry.statuses[response.status] ?? 0) + 1;
          entry.kinds[body.kind] = (entry.kinds[body.kind] ?? 0) + 1;
          const answer = (await response.json().catch(() => ({}))) as { error?: { fields?: Record<string, string>; message?: string } };
          const cause = logged.map((e) => (e instanceof Error ? `${e.name}: ${e.message.split("\n").slice(-2).join(" ")}` : String(e))).join("; ");
          if (response.status >= 500) problem(label, `${response.status} (${cause.slice(0, 300)}) for ${body.kind} body ${text.slice(0, 400)}`);
          if (response.status === 400 && !namesField(answer)) problem(label, `400 naming no field (${answer.error?.message}) for ${text.slice(0, 200)}`);
          if (response.status === 401 || response.status === 403) problem(label, `${response.status}: the editor was refused (${answer.error?.message})`);
          if (response.status < 300 && hasIllFormedText(text)) problem(label, `${response.status}: accepted text with a lone surrogate, which cannot be stored as sent: ${text.slice(0, 200)}`);
          if (({} as Record<string, unknown>).polluted !== undefined) problem(label, `Object.prototype polluted by ${text.slice(0, 200)}`);
        }),
        { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261126), endOnFailure: true },
      );
    }
    const total = Object.values(report).reduce((sum, e) => sum + e.runs, 0);
    const lines = Object.entries(report).map(([label, e]) => `${label}: ${e.runs} runs, statuses ${JSON.stringify(e.statuses)}`);
    console.log(`T19: ${total} requests over ${endpoints.length} endpoints\n${lines.join("\n")}`);
    expect(Object.fromEntries(problems)).toEqual({});
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    if (!only) expect(total).toBeGreaterThanOrEqual(RUNS * endpoints.length);
    // 1,000 bodies × every write endpoint takes minutes on a loaded 2-core machine.
  }, 600_000);

  it("stores every valid generated record exactly as validated (round trip)", async () => {
    const { RECORD_KINDS } = await import("../api/record-routes");
    const negotiation = await t.db.negotiation.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" } });
    // Any code point: NUL, controls, U+202E, astral characters (lone surrogates are refused: see mutation.ts).
    const text = fc.string({ unit: "binary", minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0);
    const date = fc
      .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const citation = fc.record({ url: fc.webUrl({ validSchemes: ["https"] }), quote: fc.option(text, { nil: null }) });
    const valid = {
      round: fc.record({
        negotiationId: fc.constant(negotiation.id),
        number: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
        level: fc.constantFrom("leaders", "ministerial", "working", "technical", "unknown"),
        status: fc.constantFrom("planned", "held", "postponed", "cancelled"),
        date: date.map((d) => ({ dateStart: d, dateEnd: d, datePrecision: "day" })),
        location: fc.option(text, { nil: null }),
        note: fc.option(text, { nil: null }),
        citations: fc.array(citation, { maxLength: 3 }),
      }),
      tariffMeasure: fc.record({
        imposerCode: fc.constant("USA"),
        targetCode: fc.constantFrom("JPN", "CHN", "*"),
        sector: fc.constantFrom("all", "steel", "autos"),
        rate: fc.double({ min: 0, max: 1000, noNaN: true }),
        kind: fc.constantFrom("baseline", "sectoral", "agreed"),
        status: fc.constantFrom("threatened", "announced", "in-effect"),
        stacking: fc.constantFrom("adds", "replaces", "all-in"),
        announcedOn: fc.option(date, { nil: null }),
        note: fc.option(text, { nil: null }),
        citations: fc.array(citation, { maxLength: 3 }),
      }),
      milestone: fc.record({
        date: date.map((d) => ({ dateStart: d, dateEnd: null, datePrecision: "month" })),
        kind: fc.constantFrom("announcement", "deadline", "summit"),
        title: text,
        citations: fc.array(citation, { maxLength: 3 }),
      }),
    };
    const schemas = { round: roundInputSchema, tariffMeasure: tariffMeasureInputSchema, milestone: milestoneInputSchema };
    const routes = { round: "/api/v1/rounds", tariffMeasure: "/api/v1/tariff-measures", milestone: "/api/v1/milestones" };
    const normal = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === undefined ? null : v)));
    let checked = 0;
    for (const kind of ["round", "tariffMeasure", "milestone"] as const) {
      const endpoint = endpoints.find((e) => e.method === "POST" && e.pattern === routes[kind])!;
      await fc.assert(
        fc.asyncProperty(valid[kind], async (input) => {
          const response = await call(endpoint, routes[kind], {}, JSON.stringify(input));
          const created = (await response.json()) as { id?: string; error?: unknown };
          expect(response.status, JSON.stringify(created)).toBe(201);
          const stored = (await RECORD_KINDS[kind].snapshot(t.db, created.id!)) as Record<string, unknown>;
          const expected = schemas[kind].parse(input) as Record<string, unknown>;
          for (const [key, value] of Object.entries(expected)) {
            if (key === "externalKey" || key === "citations" || key === "participants" || key === "numberings") continue;
            expect(normal(stored[key]), `${kind}.${key}`).toEqual(normal(value));
          }
          const citations = (expected.citations as Record<string, unknown>[]).map((c) => ({ articleId: null, url: c.url, quote: c.quote ?? null, startOffset: null, endOffset: null }));
          expect(normal(stored.citations)).toEqual(normal(citations));
          checked += 1;
        }),
        { numRuns: Math.max(50, Math.floor(RUNS / 5)), seed: 20261126 },
      );
    }
    console.log(`T19 round trip: ${checked} valid generated records read back as validated`);
  });

  it("refuses text it could not store as sent (lone surrogates, invalid UTF-8), naming the field", async () => {
    const post = endpoints.find((e) => e.method === "POST" && e.pattern === "/api/v1/milestones")!;
    const body = { date: { dateStart: "2025-07-01", dateEnd: null, datePrecision: "day" }, kind: "announcement", title: "ok", citations: [{ url: "https://example.org/", quote: "half \uD83D of an emoji" }] };
    const lone = await call(post, "/api/v1/milestones", {}, JSON.stringify(body));
    expect(lone.status).toBe(400);
    expect((await lone.json()).error.fields).toHaveProperty(["citations.0.quote"]);
    const bytes = Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const invalid = await call(post, "/api/v1/milestones", {}, bytes);
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.fields).toHaveProperty(["(body)"]);
  });

  it(`answers 413 to bodies over the ${MAX_BODY_BYTES / 1024} KB limit, declared or streamed`, async () => {
    const post = endpoints.find((e) => e.method === "POST" && e.pattern === "/api/v1/rounds")!;
    const put = endpoints.find((e) => e.method === "PUT" && e.pattern === "/api/v1/rounds/[id]")!;
    const over = `{"note":"${"x".repeat(MAX_BODY_BYTES)}"}`;
    expect((await call(post, "/api/v1/rounds", {}, over)).status).toBe(413);
    const { params, url } = await subject(put);
    expect((await call(put, url, params, over)).status).toBe(413);
    // No Content-Length: counted while streaming.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode("x".repeat(8 * 1024)));
        controller.close();
      },
    });
    expect((await call(post, "/api/v1/rounds", {}, chunks)).status).toBe(413);
    // A lying Content-Length is refused before the body is read.
    expect((await call(post, "/api/v1/rounds", {}, "{}", { "content-length": String(MAX_BODY_BYTES + 1) })).status).toBe(413);
    // Exactly at the limit is read (and then judged on its content).
    const atLimit = `{"x":"${"y".repeat(MAX_BODY_BYTES - 8)}"}`;
    expect(Buffer.byteLength(atLimit)).toBe(MAX_BODY_BYTES);
    expect((await call(post, "/api/v1/rounds", {}, atLimit)).status).toBe(400);
  });
});
