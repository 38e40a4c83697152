/**
 * `npm run bench:timeline [-- events]`: keyset paging of the timeline at scale. Fills a temporary
 * SQLite database with N events (default 50,000), then times one 50-event page at the top, in the
 * middle and at the end of the list through the app's query (Prisma + filters + links) and through
 * a bare better-sqlite3 query of the same rows, in the same run, and prints the ratio.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { openDatabase } from "../lib/db/open";
import { listTimelinePage } from "../lib/queries/timeline";
import { encodeCursor, timelinePageQuerySchema } from "../lib/validation/timeline-query";
import { applyMigrations } from "./db/apply-migrations";

const total = Number(process.argv[2] ?? 50_000);
const dir = mkdtempSync(path.join(tmpdir(), "bench-timeline-"));
const file = path.join(dir, "bench.db");
await applyMigrations(`file:${file}`);

const raw = new Database(file);
const insert = raw.prepare(
  `INSERT INTO "TimelineEvent" (id, kind, change, dateStart, dateEnd, datePrecision, title, summary, economies, searchText)
   VALUES (?, 'milestone', 'announcement', ?, ?, 'day', ?, '', '|JPN|USA|', ?)`,
);
raw.transaction(() => {
  for (let i = 0; i < total; i++) {
    const day = new Date(Date.UTC(2000, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10);
    insert.run(`bench:${String(i).padStart(7, "0")}`, day, day, `Event ${i}`, `event ${i}`);
  }
})();
const keys = raw.prepare(`SELECT dateStart AS d, id AS i FROM "TimelineEvent" ORDER BY dateStart DESC, id DESC`).all() as { d: string; i: string }[];
const rawPage = raw.prepare(
  `SELECT * FROM "TimelineEvent" WHERE (dateStart < ? OR (dateStart = ? AND id < ?)) ORDER BY dateStart DESC, id DESC LIMIT 51`,
);

const db = await openDatabase(`file:${file}`);
const positions = { top: 0, middle: Math.floor(total / 2), end: total - 60 };

function median(values: number[]): number {
  return values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

async function time(fn: () => unknown, runs = 30): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

console.log(`Timeline paging over ${total.toLocaleString("en")} events (median of 30, ms per 50-event page)`);
for (const [name, index] of Object.entries(positions)) {
  const cursor = index === 0 ? undefined : encodeCursor(keys[index]);
  const query = timelinePageQuerySchema.parse(cursor ? { cursor, limit: "50" } : { limit: "50" });
  const app = await time(() => listTimelinePage(db, query));
  const k = index === 0 ? { d: "9999-12-31", i: "" } : keys[index];
  const bare = await time(() => rawPage.all(k.d, k.d, k.i));
  console.log(`${name.padEnd(7)} app ${app.toFixed(2)}  bare SQL ${bare.toFixed(2)}  ratio ${(app / bare).toFixed(1)}×`);
}
await db.$disconnect();
raw.close();
rmSync(dir, { recursive: true, force: true });
