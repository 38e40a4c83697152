/**
 * `npm run import`: a folder or JSONL file imported once, however often it is run, and a run
 * killed with SIGKILL at random moments leaves no partial article and finishes on the next run.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import { runImport } from "./run-import";

const ROOT = path.resolve(__dirname, "../..");
const COUNTRIES = ["Japan", "South Korea", "India", "Vietnam", "Switzerland", "Brazil", "Mexico", "Canada", "Indonesia", "Thailand"];

/** A distinct dated article: headline, byline with time and zone, two paragraphs. */
function story(i: number): string {
  const country = COUNTRIES[i % COUNTRIES.length];
  const day = String((i % 27) + 1).padStart(2, "0");
  return [
    `${country} and the U.S. open round ${i + 1} of tariff talks in Washington`,
    `By Staff Reporter | Updated: ${day} June 2025, 09:${String(i % 60).padStart(2, "0")} AM EDT`,
    "",
    `WASHINGTON — Negotiators from ${country} and the United States met on Monday for round ${i + 1} of talks on the ${10 + (i % 40)}% tariff the United States imposed in April, officials said.`,
    "",
    `Both sides said they hoped to conclude a deal before the deadline, story number ${i}.`,
  ].join("\n");
}

async function checkNoPartialArticles(t: TestDb): Promise<number> {
  const articles = await t.db.article.findMany({ select: { id: true, _count: { select: { extractions: true } } } });
  for (const a of articles) expect(a._count.extractions, `article ${a.id} without its extraction`).toBe(1);
  const revisions = await t.db.revision.findMany({ where: { entityType: "article" }, select: { entityId: true } });
  const ids = new Set(articles.map((a) => a.id));
  expect(revisions.every((r) => ids.has(r.entityId)), "a revision of an article that was never stored").toBe(true);
  expect(new Set(revisions.map((r) => r.entityId)).size).toBe(articles.length);
  expect(await t.db.articleExtraction.count()).toBe(articles.length);
  return articles.length;
}

/** Runs the real command in its own Node process (no npx wrapper, so SIGKILL reaches it). */
function startImport(url: string, target: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/import/import.ts", target], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const waiters: { n: number; resolve: () => void }[] = [];
  const imported = () => lines.filter((l) => l.startsWith("imported ")).length;
  const output = createInterface({ input: child.stdout });
  output.on("line", (line) => {
    lines.push(line);
    for (const w of waiters) if (imported() >= w.n) w.resolve();
  });
  const closed = new Promise<void>((resolve) => output.on("close", resolve));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => void closed.then(() => resolve(code))));
  const waitForLines = (n: number) =>
    new Promise<void>((resolve) => {
      waiters.push({ n, resolve });
      void exited.then(() => resolve());
    });
  return { child, lines, exited, waitForLines, stderr: () => stderr };
}

describe.each(TEST_ENGINES)("npm run import on %s", (engine) => {
  let t: TestDb;
  let dir: string;

  beforeAll(async () => {
    t = await createTestDb(engine);
    dir = mkdtempSync(path.join(tmpdir(), "tracker-import-"));
  });
  afterAll(async () => {
    await t?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("imports a folder of .txt, .html and .md files with their metadata, and nothing a second time", async () => {
    const folder = path.join(dir, "folder");
    mkdirSync(path.join(folder, "sub"), { recursive: true });
    writeFileSync(path.join(folder, "a.txt"), story(1));
    writeFileSync(
      path.join(folder, "b.html"),
      `<html><head><meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-06-02T13:30:00+09:00"></head>
       <body><nav>Home | World</nav><article><h1>Japan eyes a sixth round</h1><p>TOKYO — Japan's top tariff negotiator Ryosei Akazawa will visit Washington later this week for a sixth round of talks, officials said Monday.</p></article><script>alert(1)</script></body></html>`,
    );
    writeFileSync(path.join(folder, "c.md"), `---\ntitle: Markdown story\ndate: 2025-06-03\ntimeZone: Europe/Brussels\n---\n\nBRUSSELS — The EU and the U.S. resumed talks on Tuesday on the 30% tariff threatened for August.\n`);
    writeFileSync(path.join(folder, "d.txt"), "Undated in the text\n\nGENEVA — China and the U.S. agreed on Monday to cut tariffs for 90 days.");
    writeFileSync(path.join(folder, "d.meta.json"), JSON.stringify({ publishedAt: "2025-05-12T11:20:00+02:00", publisher: "Meridian", url: "https://news.example/geneva" }));
    writeFileSync(path.join(folder, "e.txt"), "No date anywhere\n\nTalks went on.");
    writeFileSync(path.join(folder, "e.gold.json"), "{}");
    writeFileSync(path.join(folder, "g.pdf"), "%PDF-1.7");
    writeFileSync(path.join(folder, "sub", "h.txt"), story(2));

    const first = await runImport(t.db, folder);
    expect(first).toMatchObject({ total: 6, imported: 5, existing: 0, skipped: ["g.pdf"] });
    expect(first.failed).toEqual([{ label: "e.txt", message: expect.stringContaining("publication time") }]);
    const d = await t.db.article.findUniqueOrThrow({ where: { url: "https://news.example/geneva" } });
    expect(d).toMatchObject({ publisher: "Meridian", timeZone: "+02:00" });
    const b = await t.db.article.findFirstOrThrow({ where: { publisher: "Example News" } });
    expect(b.text).not.toContain("Home");
    expect(b.html).not.toContain("script");
    const revisions = await t.db.revision.findMany({ where: { entityType: "article" } });
    expect(revisions.every((r) => r.actorLabel === "import" && r.actorId === null)).toBe(true);

    const second = await runImport(t.db, folder);
    expect(second).toMatchObject({ imported: 0, existing: 5 });
    expect(await checkNoPartialArticles(t)).toBe(5);
    // Facts wait for review: no records were made.
    expect(await t.db.round.count()).toBe(0);
  });

  it("imports JSONL lines, recognizing articles already stored and naming bad lines", async () => {
    const file = path.join(dir, "articles.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ text: story(1) }),
        JSON.stringify({ html: "<p>SEOUL — Korea and the U.S. postponed their 2+2 talks on Thursday.</p>", url: "https://news.example/seoul", publishedAt: "2025-07-24T14:30", timeZone: "Asia/Seoul" }),
        "{not json",
        "",
        JSON.stringify({ text: "No date\n\nTalks went on." }),
        JSON.stringify({ markdown: "# Canada\n\nOTTAWA — Canada dropped most counter-tariffs on Friday.", publishedAt: "2025-08-22T17:45:00-04:00" }),
      ].join("\n"),
    );
    const summary = await runImport(t.db, file);
    expect(summary).toMatchObject({ total: 5, imported: 2, existing: 1 });
    expect(summary.failed.map((f) => f.label)).toEqual(["articles.jsonl:3", "articles.jsonl:5"]);
    expect(await t.db.article.findUniqueOrThrow({ where: { url: "https://news.example/seoul" } })).toMatchObject({ timeZone: "Asia/Seoul" });
    expect((await runImport(t.db, file)).imported).toBe(0);
  });

  it("survives kill -9 mid-run: no partial article, and the next run completes without duplicates", async () => {
    const folder = path.join(dir, "many");
    mkdirSync(folder);
    const N = 120;
    for (let i = 0; i < N; i++) writeFileSync(path.join(folder, `story-${String(i).padStart(3, "0")}.txt`), story(100 + i));
    const before = await t.db.article.count();

    for (const after of [3, 17, 41]) {
      const run = startImport(t.url, folder);
      await run.waitForLines(after);
      run.child.kill("SIGKILL");
      expect(await run.exited, run.stderr()).toBeNull();
      const stored = (await checkNoPartialArticles(t)) - before;
      expect(stored).toBeGreaterThanOrEqual(after);
      expect(stored).toBeLessThan(N);
    }

    const finish = startImport(t.url, folder);
    expect(await finish.exited, finish.stderr()).toBe(0);
    expect(finish.lines.at(-1)).toMatch(/^Imported \d+, already present \d+, failed 0 \(of 120\)/);
    expect(await checkNoPartialArticles(t)).toBe(before + N);

    const again = startImport(t.url, folder);
    expect(await again.exited).toBe(0);
    expect(again.lines.at(-1)).toMatch(/^Imported 0, already present 120, failed 0/);
    expect(await t.db.article.count()).toBe(before + N);
  });
});
