/**
 * `npm run import -- DIR|FILE.jsonl`: stores articles and their extracted facts (pending review)
 * in the database named by DATABASE_URL, migrating it first. Safe to run again, and to re-run
 * after a crash or kill: articles already stored are recognized and skipped.
 */
import { SingleBar } from "cli-progress";
import { openDatabase } from "../../lib/db/open";
import { databaseUrl } from "../../lib/db/url";
import { applyMigrations } from "../db/apply-migrations";
import { runImport, type ItemResult } from "./run-import";

const target = process.argv[2];
if (!target || target.startsWith("-")) {
  console.error("Usage: npm run import -- DIR|FILE.jsonl");
  console.error("  DIR: .txt, .html, .md articles, each with an optional NAME.meta.json ({publishedAt, timeZone, url, publisher, title})");
  console.error("  FILE.jsonl: one {text|html|markdown, url?, publisher?, title?, publishedAt?, timeZone?} per line");
  process.exit(2);
}

const url = databaseUrl();
await applyMigrations(url);
const db = await openDatabase(url);

// A bar on a terminal; one line per article otherwise (logs, CI, a parent process reading stdout).
const bar = process.stderr.isTTY
  ? new SingleBar({ format: "{bar} {value}/{total} articles | {imported} new, {exists} present, {failed} failed | {label}", hideCursor: true, stream: process.stderr })
  : null;
const tally = { imported: 0, exists: 0, failed: 0 };
const failures: string[] = [];

try {
  const summary = await runImport(db, target, {
    onStart: (total) => bar?.start(total, 0, { ...tally, label: "" }),
    onItem: (result: ItemResult) => {
      tally[result.status]++;
      if (result.status === "failed") failures.push(`${result.label}: ${result.message}`);
      if (bar) bar.increment({ ...tally, label: result.label.slice(-40) });
      else console.log(result.status === "failed" ? `failed ${result.label}: ${result.message}` : `${result.status} ${result.label}`);
    },
  });
  bar?.stop();
  if (bar) for (const failure of failures) console.error(`failed ${failure}`);
  if (summary.skipped.length) console.log(`Skipped ${summary.skipped.length} file(s) that are not .txt, .html or .md: ${summary.skipped.slice(0, 5).join(", ")}${summary.skipped.length > 5 ? ", …" : ""}`);
  console.log(
    `Imported ${summary.imported}, already present ${summary.existing}, failed ${summary.failed.length} (of ${summary.total}). Extracted facts wait for review.`,
  );
  process.exitCode = summary.failed.length ? 1 : 0;
} catch (error) {
  bar?.stop();
  console.error(`Import failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
