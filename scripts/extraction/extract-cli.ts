import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { extract } from "../../lib/extraction/extract";
import { publishedFromHeader } from "./published-from-header";

/**
 * npm run extract -- FILE --published 2025-06-02T13:30:00+09:00 [--tz Asia/Tokyo] [--url URL]
 * Prints the facts of one article as JSON (FORMAT.md shape, evidence inside each fact).
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { published: { type: "string" }, tz: { type: "string" }, url: { type: "string" } },
});
const file = positionals[0];
if (!file) {
  console.error("usage: npm run extract -- FILE --published 2025-06-02T13:30:00+09:00 [--tz Asia/Tokyo] [--url URL]");
  process.exit(2);
}
const text = readFileSync(file, "utf8");
const publishedAt = values.published ?? publishedFromHeader(text);
if (!publishedAt) {
  console.error("No publication time found in the header: pass --published with an ISO time and offset.");
  process.exit(2);
}
console.log(JSON.stringify(extract({ text, publishedAt, timeZone: values.tz, url: values.url ?? null }), null, 2));
