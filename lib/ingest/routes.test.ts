/**
 * The ingest and extract routes as the app mounts them, on the real engines, with a real Better
 * Auth session: only next/headers is stood in for (there is no request scope outside Next.js).
 * T16 (Idempotency-Key), T22 (upload limits and type checks), the extract endpoint.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import { addUser, DEV_ORIGIN, signIn, testAuth } from "../auth/test-kit";
import { extract } from "../extraction/extract";
import { MAX_ARTICLE_BYTES, MAX_EXTRACT_BYTES, MAX_UPLOAD_FILES, MB } from "./limits";
import { IDEMPOTENCY_TTL_MS } from "./idempotency";

const scope = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => scope.headers }));

const { POST: createArticle } = await import("../../app/api/v1/articles/route");
const { POST: uploadArticles } = await import("../../app/api/v1/articles/upload/route");
const { POST: previewArticle } = await import("../../app/api/v1/articles/preview/route");
const { GET: getArticle, PATCH: patchArticle } = await import("../../app/api/v1/articles/[id]/route");
const { POST: extractRoute } = await import("../../app/api/v1/extract/route");

type Route = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
// Response bodies are JSON read by the assertions; their shape is what the tests check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface Call {
  path: string;
  method?: string;
  json?: unknown;
  raw?: BodyInit;
  contentType?: string;
  cookie?: string;
  origin?: string | null;
  headers?: Record<string, string>;
  params?: Record<string, string>;
}

async function call(route: Route, c: Call): Promise<{ status: number; body: Json }> {
  const headers = new Headers({ host: "localhost:3000", ...c.headers });
  if (c.origin !== null) headers.set("origin", c.origin ?? DEV_ORIGIN);
  if (c.cookie) headers.set("cookie", c.cookie);
  const body = c.json !== undefined ? JSON.stringify(c.json) : c.raw;
  if (c.json !== undefined) headers.set("content-type", "application/json");
  if (c.contentType) headers.set("content-type", c.contentType);
  const request = new Request(`${DEV_ORIGIN}${c.path}`, { method: c.method ?? "POST", headers, body });
  scope.headers = request.headers;
  const response = await route(request, { params: Promise.resolve(c.params ?? {}) as Promise<never> });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const STORY = (n: string) =>
  `Japan and U.S. to hold talks ${n}\n\nTOKYO — Japan's chief negotiator Ryosei Akazawa will meet U.S. Commerce Secretary Howard Lutnick in Washington on Friday for a fourth round of tariff talks, officials said on Monday.`;

function form(files: { name: string; content: BlobPart }[], fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  for (const file of files) data.append("files", new File([file.content], file.name));
  return data;
}

describe.each(TEST_ENGINES)("ingest routes on %s", (engine) => {
  let t: TestDb;
  let editor: string;
  let editor2: string;
  let viewer: string;
  const counts = async () => Promise.all([t.db.article.count(), t.db.articleExtraction.count(), t.db.revision.count(), t.db.idempotencyKey.count()]);
  const globals = globalThis as unknown as { trackerDb?: Promise<unknown>; trackerAuth?: Promise<unknown> };

  beforeAll(async () => {
    t = await createTestDb(engine);
    const auth = testAuth(t.db, engine);
    globals.trackerDb = Promise.resolve(t.db);
    globals.trackerAuth = Promise.resolve(auth);
    await addUser(auth, "editor@example.org", "editor");
    await addUser(auth, "editor2@example.org", "editor");
    await addUser(auth, "viewer@example.org", "viewer");
    [editor, editor2, viewer] = await Promise.all(["editor", "editor2", "viewer"].map((u) => signIn(auth, `${u}@example.org`)));
  });
  afterAll(async () => {
    globals.trackerDb = undefined;
    globals.trackerAuth = undefined;
    await t?.drop();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe("POST /api/v1/articles", () => {
    it("stores a pasted article with its extraction (201), and returns the same one for a second paste (200)", async () => {
      const first = await call(createArticle, { path: "/api/v1/articles", cookie: editor, json: { text: STORY("A"), publishedAt: "2025-05-26T10:00:00+09:00" } });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ duplicate: false, article: { publishedAt: "2025-05-26T10:00:00+09:00" }, extraction: { reviewStatus: "pending" } });
      expect(first.body.extraction.result.rounds[0]).toMatchObject({ parties: ["JPN", "USA"], number: 4, when: "2025-05-30" });
      const again = await call(createArticle, { path: "/api/v1/articles", cookie: editor, json: { text: STORY("A"), publishedAt: "2025-05-26" } });
      expect(again).toMatchObject({ status: 200, body: { duplicate: true, article: { id: first.body.article.id } } });
    });

    it("answers 401 / 403 to anonymous callers, viewers and other sites, writing nothing", async () => {
      const before = await counts();
      const json = { text: STORY("denied"), publishedAt: "2025-06-02" };
      expect((await call(createArticle, { path: "/api/v1/articles", json })).status).toBe(401);
      expect((await call(createArticle, { path: "/api/v1/articles", json, cookie: viewer })).status).toBe(403);
      expect((await call(createArticle, { path: "/api/v1/articles", json, cookie: editor, origin: "https://evil.example" })).status).toBe(403);
      expect((await call(createArticle, { path: "/api/v1/articles", json, cookie: editor, origin: null })).status).toBe(403);
      expect(await counts()).toEqual(before);
    });

    it("refuses bodies over the limit (413), other media types (415), bad JSON and missing fields (400)", async () => {
      const before = await counts();
      const huge = await call(createArticle, { path: "/api/v1/articles", cookie: editor, json: { text: "a".repeat(MAX_ARTICLE_BYTES + MB + 1) } });
      expect(huge.status).toBe(413);
      expect(huge.body.error).toMatchObject({ code: "too_large", message: expect.stringContaining("6 MB") });
      const big = await call(createArticle, { path: "/api/v1/articles", cookie: editor, json: { text: "a".repeat(MAX_ARTICLE_BYTES + 1), publishedAt: "2025-06-02" } });
      expect(big).toMatchObject({ status: 413, body: { error: { message: expect.stringContaining("5 MB") } } });
      expect((await call(createArticle, { path: "/api/v1/articles", cookie: editor, raw: "text=x", contentType: "application/x-www-form-urlencoded" })).status).toBe(415);
      expect((await call(createArticle, { path: "/api/v1/articles", cookie: editor, raw: "{nope", contentType: "application/json" })).status).toBe(400);
      const surrogate = await call(createArticle, { path: "/api/v1/articles", cookie: editor, raw: '{"text":"Talks \\ud800 resume","publishedAt":"2025-06-02"}', contentType: "application/json" });
      expect(surrogate).toMatchObject({ status: 400, body: { error: { fields: { text: expect.stringContaining("surrogate") } } } });
      const latin1 = await call(createArticle, { path: "/api/v1/articles", cookie: editor, raw: new Uint8Array([0x7b, 0x22, 0x74, 0xe9, 0x22, 0x7d]), contentType: "application/json" });
      expect(latin1.status).toBe(400);
      const undated = await call(createArticle, { path: "/api/v1/articles", cookie: editor, json: { text: "No date here\n\nTalks resume in Geneva." } });
      expect(undated).toMatchObject({ status: 400, body: { error: { fields: { publishedAt: expect.any(String) } } } });
      expect(await counts()).toEqual(before);
    });
  });

  describe("T16 Idempotency-Key", () => {
    const send = (key: string, json: unknown, cookie = editor) =>
      call(createArticle, { path: "/api/v1/articles", cookie, json, headers: { "idempotency-key": key } });

    it("answers five sends of one key (three at once) identically, with one row; another body with that key is 422", async () => {
      const json = { text: STORY(`idem ${engine}`), publishedAt: "2025-06-02T09:00:00+09:00" };
      const before = await counts();
      const first = await send("key-1", json);
      const second = await send("key-1", json);
      const concurrent = await Promise.all([send("key-1", json), send("key-1", json), send("key-1", json)]);
      for (const answer of [second, ...concurrent]) expect(answer).toEqual(first);
      expect(first.status).toBe(201);
      const after = await counts();
      expect(after.map((n, i) => n - before[i])).toEqual([1, 1, 1, 1]);

      const other = await send("key-1", { ...json, title: "Another title" });
      expect(other).toMatchObject({ status: 422, body: { error: { code: "idempotency_key_reused" } } });
      // Keys are per user: another editor's same key is a request of its own.
      expect((await send("key-1", json, editor2)).status).toBe(200);
    });

    it("keeps a key for 24 hours", async () => {
      const json = { text: STORY(`ttl ${engine}`), publishedAt: "2025-06-02" };
      vi.useFakeTimers({ toFake: ["Date"] });
      const start = Date.now();
      const first = await send("key-ttl", json);
      vi.setSystemTime(start + IDEMPOTENCY_TTL_MS - 60_000);
      expect(await send("key-ttl", json)).toEqual(first);
      expect((await send("key-ttl", { ...json, title: "changed" })).status).toBe(422);
      vi.setSystemTime(start + IDEMPOTENCY_TTL_MS + 60_000);
      // Expired: the key is free again; the article itself is still recognized, so no second row.
      expect(await send("key-ttl", { ...json, title: "changed" })).toMatchObject({ status: 200, body: { duplicate: true } });
    });

    it("refuses a malformed key", async () => {
      expect((await send("bad key with spaces", { text: STORY("k"), publishedAt: "2025-06-02" })).status).toBe(400);
    });
  });

  describe("T22 POST /api/v1/articles/upload", () => {
    const upload = (data: FormData, cookie = editor, headers: Record<string, string> = {}) =>
      call(uploadArticles, { path: "/api/v1/articles/upload", cookie, raw: data, headers });

    it("stores several files of each kind, with batch defaults, and a 2 MB file", async () => {
      const page = `<html><head><meta property="og:site_name" content="Example News"></head><body><article><h1>Japan eyes deal</h1><p>${STORY("html")}</p></article></body></html>`;
      const bulky = `${STORY("bulky")}\n\n${"Officials from both sides met again to discuss tariffs on steel and cars. ".repeat(30_000)}`;
      expect(Buffer.byteLength(bulky)).toBeGreaterThan(2 * MB);
      const result = await upload(
        form(
          [
            { name: "one.txt", content: STORY("txt") },
            { name: "two.html", content: page },
            { name: "three.md", content: `# Markdown story\n\n${STORY("md")}` },
            { name: "../../etc/passwd.txt", content: STORY("path") },
            { name: "bulky.txt", content: bulky },
          ],
          { publishedAt: "2025-05-26T10:00", timeZone: "Asia/Tokyo", publisher: "Batch Default" },
        ),
      );
      expect(result.status).toBe(201);
      expect(result.body.articles.map((a: { file: string }) => a.file)).toEqual(["one.txt", "two.html", "three.md", "passwd.txt", "bulky.txt"]);
      for (const a of result.body.articles) {
        expect(a).toMatchObject({ duplicate: false, article: { publishedAt: "2025-05-26T10:00:00+09:00", timeZone: "Asia/Tokyo" }, extraction: { reviewStatus: "pending" } });
      }
      expect(result.body.articles[1].article.publisher).toBe("Example News");
      expect(result.body.articles[0].article.publisher).toBe("Batch Default");
    });

    it("refuses a file 1 byte over 5 MB with 413 naming it, and stores none of the upload", async () => {
      const before = await counts();
      const result = await upload(form([{ name: "fine.txt", content: STORY("fine") }, { name: "big.txt", content: "a".repeat(MAX_ARTICLE_BYTES + 1) }], { publishedAt: "2025-06-02" }));
      expect(result.status).toBe(413);
      expect(result.body.error.message).toMatch(/big\.txt .*at most 5 MB/);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ["report.pdf", "<p>HTML inside</p>"],
      ["page.html", "%PDF-1.7\n%âãÏÓ\n1 0 obj"],
      ["image.html", `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`],
      ["a\u0000.pdf", "text"],
      [`${"n".repeat(300)}.exe`, "text"],
    ])("refuses %s with 415 and stores nothing", async (name, content) => {
      const before = await counts();
      const result = await upload(form([{ name: "fine.txt", content: STORY("ok") }, { name, content }], { publishedAt: "2025-06-02" }));
      expect(result.status).toBe(415);
      expect(result.body.error.code).toBe("unsupported_type");
      expect(await counts()).toEqual(before);
    });

    it("refuses too many files, too large an upload, a non-multipart body, and an upload without files", async () => {
      const many = Array.from({ length: MAX_UPLOAD_FILES + 1 }, (_, i) => ({ name: `f${i}.txt`, content: STORY(`many ${i}`) }));
      expect((await upload(form(many, { publishedAt: "2025-06-02" }))).status).toBe(413);
      const heavy = Array.from({ length: 6 }, (_, i) => ({ name: `h${i}.txt`, content: "b".repeat(MAX_ARTICLE_BYTES - 10) }));
      expect((await upload(form(heavy))).status).toBe(413);
      expect((await call(uploadArticles, { path: "/api/v1/articles/upload", cookie: editor, json: { text: "x" } })).status).toBe(415);
      expect((await upload(form([], { publishedAt: "2025-06-02" }))).status).toBe(400);
      expect((await upload(form([{ name: "v.txt", content: STORY("v") }]), viewer)).status).toBe(403);
    });

    it("refuses a file with no publication time by name (400), storing none", async () => {
      const before = await counts();
      const result = await upload(form([{ name: "dated.txt", content: STORY("dated") }, { name: "undated.txt", content: "Undated\n\nTalks resume in Geneva." }]));
      expect(result.status).toBe(400);
      expect(result.body.error.message).toContain("dated.txt");
      expect(await counts()).toEqual(before);
    });

    it("refuses a default publication time it cannot read (400 on publishedAt) instead of failing each file", async () => {
      const before = await counts();
      const result = await upload(form([{ name: "dated.txt", content: STORY("bad default") }], { publishedAt: "2025-06-02T10:00" }));
      expect(result).toMatchObject({ status: 400, body: { error: { fields: { publishedAt: expect.any(String) } } } });
      expect(await counts()).toEqual(before);
    });

    it("answers 100 oversized uploads in a row with 413, writing nothing", async () => {
      const before = await counts();
      const oversized = "c".repeat(MAX_ARTICLE_BYTES + 1);
      for (let i = 0; i < 100; i++) {
        expect((await upload(form([{ name: `big${i}.txt`, content: oversized }], { publishedAt: "2025-06-02" }))).status).toBe(413);
      }
      expect(await counts()).toEqual(before);
    });

    it("replays an upload under the same Idempotency-Key", async () => {
      const files = [{ name: "i1.txt", content: STORY(`up-idem ${engine}`) }];
      const first = await upload(form(files, { publishedAt: "2025-06-02" }), editor, { "idempotency-key": "upload-1" });
      const again = await upload(form(files, { publishedAt: "2025-06-02" }), editor, { "idempotency-key": "upload-1" });
      expect(again).toEqual(first);
      expect(first.status).toBe(201);
      const other = await upload(form([{ name: "i2.txt", content: STORY("other") }], { publishedAt: "2025-06-02" }), editor, { "idempotency-key": "upload-1" });
      expect(other.status).toBe(422);
    });
  });

  describe("GET, PATCH /api/v1/articles/<id> and preview", () => {
    it("reads an article with its text, sanitized HTML and extraction, for editors only", async () => {
      const html = `<article><h1>Read me</h1><p>${STORY("read")}</p><img src=x onerror=alert(1)><script>alert(2)</script></article>`;
      const { body } = await call(createArticle, { path: "/api/v1/articles", cookie: editor, json: { html, publishedAt: "2025-06-02" } });
      const id = body.article.id;
      const read = await call(getArticle, { path: `/api/v1/articles/${id}`, method: "GET", cookie: editor, params: { id } });
      expect(read.status).toBe(200);
      expect(read.body.article.text).toContain("Ryosei Akazawa");
      expect(read.body.article.html).not.toMatch(/script|onerror|<img/i);
      expect(read.body.extraction.result.rounds.length).toBeGreaterThan(0);
      expect((await call(getArticle, { path: `/api/v1/articles/${id}`, method: "GET", cookie: viewer, params: { id } })).status).toBe(403);
      expect((await call(getArticle, { path: `/api/v1/articles/${id}`, method: "GET", params: { id } })).status).toBe(401);
      expect((await call(getArticle, { path: "/api/v1/articles/none", method: "GET", cookie: editor, params: { id: "none" } })).status).toBe(404);

      const patched = await call(patchArticle, { path: `/api/v1/articles/${id}`, method: "PATCH", cookie: editor, params: { id }, json: { baseVersion: 1, reason: "Add the outlet", publisher: "Kyodo" } });
      expect(patched).toMatchObject({ status: 200, body: { version: 2, reextracted: false } });
      const stale = await call(patchArticle, { path: `/api/v1/articles/${id}`, method: "PATCH", cookie: editor, params: { id }, json: { baseVersion: 1, reason: "Again", publisher: "X" } });
      expect(stale.status).toBe(409);
    });

    it("previews what would be stored without storing it", async () => {
      const before = await counts();
      const page = `<html><head><meta property="article:published_time" content="2025-06-02T13:30:00+09:00"><meta property="og:site_name" content="Kyodo News"></head><body><article><h1>Preview</h1><p>${STORY("preview")}</p></article></body></html>`;
      const result = await call(previewArticle, { path: "/api/v1/articles/preview", cookie: editor, json: { html: page } });
      expect(result).toMatchObject({ status: 200, body: { article: { publisher: "Kyodo News", publishedAt: "2025-06-02T13:30:00+09:00" }, detected: { publisher: "Kyodo News" } } });
      expect(await counts()).toEqual(before);
    });
  });

  describe("POST /api/v1/extract", () => {
    it("returns the extractor's JSON for a text, and for a page with the text its offsets point into; stores nothing", async () => {
      const before = await counts();
      const text = STORY("extract");
      const result = await call(extractRoute, { path: "/api/v1/extract", cookie: editor, json: { text, publishedAt: "2025-05-26T10:00:00+09:00" } });
      expect(result.status).toBe(200);
      expect(result.body).toEqual(extract({ text, publishedAt: "2025-05-26T10:00:00+09:00" }));

      const page = await call(extractRoute, { path: "/api/v1/extract", cookie: editor, json: { html: `<nav>Menu</nav><article><p>${text.replace("\n\n", "</p><p>")}</p></article>`, publishedAt: "2025-05-26T10:00:00+09:00" } });
      expect(page.status).toBe(200);
      expect(page.body.rounds[0]).toMatchObject({ number: 4, when: "2025-05-30" });
      const e = page.body.rounds[0].evidence;
      expect(page.body.text.slice(e.start, e.end)).toBe(e.quote);
      expect(await counts()).toEqual(before);
    });

    it("is for editors, takes at most 1 MB and needs a publication time", async () => {
      const json = { text: STORY("x"), publishedAt: "2025-06-02" };
      expect((await call(extractRoute, { path: "/api/v1/extract", json })).status).toBe(401);
      expect((await call(extractRoute, { path: "/api/v1/extract", json, cookie: viewer })).status).toBe(403);
      const big = await call(extractRoute, { path: "/api/v1/extract", cookie: editor, json: { text: "a".repeat(MAX_EXTRACT_BYTES), publishedAt: "2025-06-02" } });
      expect(big).toMatchObject({ status: 413, body: { error: { message: expect.stringContaining("1 MB") } } });
      const undated = await call(extractRoute, { path: "/api/v1/extract", cookie: editor, json: { text: STORY("x") } });
      expect(undated).toMatchObject({ status: 400, body: { error: { fields: { publishedAt: expect.any(String) } } } });
      expect((await call(extractRoute, { path: "/api/v1/extract", cookie: editor, json: { text: "x", publishedAt: "2025-06-02T10:00" } })).status).toBe(400);
    });
  });
});
