import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/** A corpus directory: NAME.txt articles, each with an optional NAME.gold.json beside it. */
export const goldSchema = z.object({
  source: z.object({ publishedAt: z.string() }).passthrough(),
  rounds: z.array(z.record(z.string(), z.unknown())),
  participants: z.array(z.record(z.string(), z.unknown())),
  tariffs: z.array(z.record(z.string(), z.unknown())),
  milestones: z.array(z.record(z.string(), z.unknown())),
});
export type Gold = z.infer<typeof goldSchema>;

export interface Article {
  name: string;
  text: string;
  gold: Gold | null;
}

export function readCorpus(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      let gold: Gold | null = null;
      try {
        gold = goldSchema.parse(JSON.parse(readFileSync(join(dir, `${name}.gold.json`), "utf8")));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
      return { name, text: readFileSync(join(dir, f), "utf8"), gold };
    });
}

export const FIXTURES_DIR = "lib/extraction/fixtures";
export const DEV_DIR = "../shared/corpus/dev";

/** The written articles with gold: the project's own fixtures, and the shared dev corpus when present. */
export function readWrittenCorpora(): Article[] {
  return [FIXTURES_DIR, DEV_DIR].filter((d) => existsSync(d)).flatMap((d) => readCorpus(d));
}
