/**
 * What `npm run import` reads: a folder of article files (.txt, .html, .md, each with an optional
 * NAME.meta.json beside it) or a JSONL file of {text|html|markdown, url?, publisher?, title?,
 * publishedAt?, timeZone?} lines. Items are produced one at a time, so a large file is never held
 * whole in memory.
 */
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseInput } from "../../lib/domain/errors";
import { tooLarge } from "../../lib/api/http-error";
import { formatBytes } from "../../lib/format/bytes";
import { MAX_ARTICLE_BYTES } from "../../lib/ingest/limits";
import { ACCEPTED_EXTENSIONS, extensionOf, sniffFile } from "../../lib/ingest/sniff";
import { articleInputSchema, bodyOf, importMetaFileSchema, type ArticleMeta, type BodyKind } from "../../lib/validation/article";

export interface ImportItem {
  /** Where the item is: a path relative to the folder, or FILE:LINE. */
  label: string;
  load(): Promise<{ body: { kind: BodyKind; content: string }; meta: Partial<ArticleMeta> }>;
}

export interface ImportSource {
  total: number;
  /** Files in the folder that are not articles (ignored, reported). */
  skipped: string[];
  items: AsyncIterable<ImportItem>;
}

async function walk(dir: string, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full, root)));
    else if (entry.isFile()) out.push(path.relative(root, full));
  }
  return out.sort();
}

async function readMeta(file: string): Promise<Partial<ArticleMeta>> {
  const metaFile = file.slice(0, file.length - extensionOf(file).length) + ".meta.json";
  let raw: string;
  try {
    raw = await readFile(metaFile, "utf8");
  } catch {
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error(`${path.basename(metaFile)} is not valid JSON`);
  }
  return parseInput(importMetaFileSchema, json);
}

async function fromDirectory(dir: string): Promise<ImportSource> {
  const files = await walk(dir);
  const articles = files.filter((f) => ACCEPTED_EXTENSIONS.includes(extensionOf(f)));
  // Metadata and gold files belong to the articles beside them.
  const skipped = files.filter((f) => !articles.includes(f) && !/\.(?:meta|gold)\.json$/i.test(f));
  async function* items(): AsyncIterable<ImportItem> {
    for (const relative of articles) {
      const file = path.join(dir, relative);
      yield {
        label: relative,
        async load() {
          const { size } = await stat(file);
          if (size > MAX_ARTICLE_BYTES) throw tooLarge(`${formatBytes(size)}; each article may be at most ${formatBytes(MAX_ARTICLE_BYTES)}`);
          const body = sniffFile(path.basename(file), await readFile(file));
          return { body, meta: await readMeta(file) };
        },
      };
    }
  }
  return { total: articles.length, skipped, items: items() };
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity })) if (line.trim()) n++;
  return n;
}

async function fromJsonl(file: string): Promise<ImportSource> {
  const total = await countLines(file);
  async function* items(): AsyncIterable<ImportItem> {
    let lineNo = 0;
    for await (const line of createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity })) {
      lineNo++;
      if (!line.trim()) continue;
      const label = `${path.basename(file)}:${lineNo}`;
      yield {
        label,
        async load() {
          if (Buffer.byteLength(line) > MAX_ARTICLE_BYTES + 1024 * 1024) throw tooLarge(`the line is over ${formatBytes(MAX_ARTICLE_BYTES)}`);
          let json: unknown;
          try {
            json = JSON.parse(line);
          } catch {
            throw new Error("not a JSON object");
          }
          const data = parseInput(articleInputSchema, json);
          return { body: bodyOf(data), meta: data };
        },
      };
    }
  }
  return { total, skipped: [], items: items() };
}

export async function openSource(target: string): Promise<ImportSource> {
  const info = await stat(target);
  if (info.isDirectory()) return fromDirectory(target);
  if (/\.jsonl$/i.test(target)) return fromJsonl(target);
  throw new Error(`${target} is neither a folder nor a .jsonl file`);
}
