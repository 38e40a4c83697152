/** The work of `npm run import`, apart from the terminal, so tests can run it in-process. */
import type { Db } from "../../lib/db/open";
import type { Actor } from "../../lib/domain/actor";
import { storeArticle } from "../../lib/domain/ingest-article";
import { prepareArticle } from "../../lib/ingest/prepare";
import { openSource } from "./sources";

export const IMPORT_ACTOR: Actor = { id: null, label: "import", role: "system" };

export type ItemResult = { label: string; status: "imported" | "exists" } | { label: string; status: "failed"; message: string };

export interface ImportSummary {
  total: number;
  imported: number;
  existing: number;
  failed: { label: string; message: string }[];
  skipped: string[];
}

/**
 * Imports every article of a folder or JSONL file. Each article is stored with its extraction in
 * one transaction, and one already stored (same address or text) is left alone, so a run that was
 * killed can simply be started again: it picks up where it stopped, and nothing is stored twice.
 */
export async function runImport(
  db: Db,
  target: string,
  hooks: { onStart?: (total: number) => void; onItem?: (result: ItemResult) => void } = {},
): Promise<ImportSummary> {
  const source = await openSource(target);
  const summary: ImportSummary = { total: source.total, imported: 0, existing: 0, failed: [], skipped: source.skipped };
  hooks.onStart?.(source.total);
  for await (const item of source.items) {
    let result: ItemResult;
    try {
      const { body, meta } = await item.load();
      const outcome = await storeArticle({ db, actor: IMPORT_ACTOR }, prepareArticle(body, meta));
      result = { label: item.label, status: outcome.duplicate ? "exists" : "imported" };
      if (outcome.duplicate) summary.existing++;
      else summary.imported++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = { label: item.label, status: "failed", message };
      summary.failed.push({ label: item.label, message });
    }
    hooks.onItem?.(result);
  }
  return summary;
}
