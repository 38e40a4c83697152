/**
 * Every route and Server Action of a production build, read from the build's own manifests, with
 * sample values for the dynamic segments, so the security tests cover routes added later without
 * being edited (an unknown kind of parameter fails loudly instead of being skipped).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export interface AppRoute {
  /** The manifest key, e.g. "/(public)/rounds/[id]/route". */
  entry: string;
  kind: "page" | "route";
  /** The URL pattern, e.g. "/rounds/[id]". */
  pattern: string;
}

export interface ServerAction {
  id: string;
  /** Source file, e.g. "app/(editor)/admin/users/actions.ts". */
  filename: string;
  exportedName: string;
  /** The page URL patterns whose bundles include the action. */
  pages: string[];
}

/** Internal entries that are not addressable URLs (the not-found page is crawled via a missing path). */
const NOT_ADDRESSABLE = new Set(["/_global-error/page", "/_not-found/page"]);

function patternOf(entry: string): { kind: AppRoute["kind"]; pattern: string } {
  const kind = entry.endsWith("/route") ? "route" : "page";
  const segments = entry
    .split("/")
    .filter(Boolean)
    .slice(0, -1)
    // Route groups "(public)" and parallel-route slots "@modal" are not part of the URL.
    .filter((segment) => !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
  return { kind, pattern: `/${segments.join("/")}` };
}

export function readAppRoutes(distDir: string): AppRoute[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((entry) => !NOT_ADDRESSABLE.has(entry))
    .map((entry) => ({ entry, ...patternOf(entry) }))
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

export function readServerActions(distDir: string): ServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node?: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
    edge?: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  const all = { ...manifest.node, ...manifest.edge };
  return Object.entries(all).map(([id, action]) => ({
    id,
    filename: action.filename,
    exportedName: action.exportedName,
    pages: Object.keys(action.workers).map((worker) => patternOf(`/${worker.replace(/^app\//, "")}`).pattern),
  }));
}

/** Ids of real records in the database, to fill `[id]`, `[slug]` and `[key]` segments with. */
export interface SampleIds {
  round: string;
  roundKey: string;
  negotiationSlug: string;
  tariffMeasure: string;
  milestone: string;
  negotiation: string;
  person: string;
  revision: string;
  /** An article's id, or a placeholder when none is stored (its pages then answer 404). */
  article: string;
}

export function readSampleIds(dbFile: string): SampleIds {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const one = <T>(sql: string) => {
      const row = db.prepare(sql).get() as T | undefined;
      if (!row) throw new Error(`No sample row for: ${sql}`);
      return row;
    };
    const round = one<{ id: string; number: number; slug: string }>(
      `SELECT r.id, r.number, n.slug FROM "Round" r JOIN "Negotiation" n ON n.id = r.negotiationId
       WHERE r.deletedAt IS NULL AND r.number IS NOT NULL ORDER BY r.id LIMIT 1`,
    );
    return {
      round: round.id,
      roundKey: String(round.number),
      negotiationSlug: round.slug,
      tariffMeasure: one<{ id: string }>(`SELECT id FROM "TariffMeasure" WHERE deletedAt IS NULL ORDER BY id LIMIT 1`).id,
      milestone: one<{ id: string }>(`SELECT id FROM "Milestone" WHERE deletedAt IS NULL ORDER BY id LIMIT 1`).id,
      negotiation: one<{ id: string }>(`SELECT id FROM "Negotiation" WHERE deletedAt IS NULL ORDER BY id LIMIT 1`).id,
      person: one<{ id: string }>(`SELECT id FROM "Person" WHERE deletedAt IS NULL ORDER BY id LIMIT 1`).id,
      revision: one<{ id: string }>(`SELECT id FROM "Revision" WHERE entityType = 'round' ORDER BY id LIMIT 1`).id,
      article: (db.prepare(`SELECT id FROM "Article" ORDER BY id LIMIT 1`).get() as { id: string } | undefined)?.id ?? "no-such-article",
    };
  } finally {
    db.close();
  }
}

/** Which record an `[id]` after a given path segment names. */
const ID_AFTER: Record<string, keyof SampleIds> = {
  rounds: "round",
  "tariff-measures": "tariffMeasure",
  measures: "tariffMeasure",
  milestones: "milestone",
  negotiations: "negotiation",
  people: "person",
  revisions: "revision",
  articles: "article",
  // /history/[entityType]/[id]: the sample type is "round".
  "[entityType]": "round",
};

/** A concrete path for a pattern, or an error naming the segment nobody taught this file. */
export function samplePath(pattern: string, ids: SampleIds): string {
  const segments = pattern.split("/");
  return segments
    .map((segment, index) => {
      if (!segment.startsWith("[")) return segment;
      const name = segment.replace(/^\[+(\.\.\.)?|\]+$/g, "");
      if (name === "slug") return ids.negotiationSlug;
      if (name === "key") return ids.roundKey;
      if (name === "all" && pattern.startsWith("/api/auth")) return "get-session";
      if (name === "entityType") return "round";
      if (name === "id" && ID_AFTER[segments[index - 1]]) return ids[ID_AFTER[segments[index - 1]]];
      throw new Error(`No sample value for ${segment} in ${pattern}: add one to lib/security/route-inventory.ts`);
    })
    .join("/");
}
