/**
 * Field-level differences between two saved states of a record, as a revision stores them
 * (`before` / `after` JSON). Pure: no I/O, so the pages, the API and the tests share it.
 */

export type Leaf = string | number | boolean;

export interface FieldChange {
  /** Dotted path into the record: `rate`, `date.dateStart`, `participants.1.role` (0-based). */
  path: string;
  kind: "added" | "removed" | "changed";
  old?: Leaf;
  new?: Leaf;
  /** Display names for reference values (a person's name for a personId…), when known. */
  oldLabel?: string;
  newLabel?: string;
  /** Which list item the path is in, when that helps ("Akazawa Ryosei" for participants.1.role). */
  context?: string;
}

/** Bookkeeping that every write touches; showing it would bury the real change. */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(["id", "version", "deletedAt", "externalKey", "createdAt", "updatedAt"]);

/**
 * Lists the database keeps without an order (no position column): a round's participants come
 * back in index order (by personId on SQLite, in any order a plan gives on PostgreSQL) whatever
 * order the editor saved. Sorted by their identity before diffing, so a reordering is not shown
 * as a change and the same state always flattens to the same paths.
 */
const UNORDERED_LISTS: Record<string, string | null> = {
  participants: "personId",
  numberings: "source",
  citations: null,
  parties: null,
  aliases: "alias",
};

function sortKey(item: unknown, key: string | null): string {
  const id = key && item && typeof item === "object" ? (item as Record<string, unknown>)[key] : undefined;
  return `${typeof id === "string" || typeof id === "number" ? String(id).toLowerCase() : ""}\u0000${JSON.stringify(item)}`;
}

/** A record state with its unordered lists in a canonical order (top level only). */
export function canonicalState(state: unknown): unknown {
  if (!state || typeof state !== "object" || Array.isArray(state)) return state;
  const out: Record<string, unknown> = { ...(state as Record<string, unknown>) };
  for (const [field, key] of Object.entries(UNORDERED_LISTS)) {
    const list = out[field];
    if (!Array.isArray(list)) continue;
    out[field] = list
      .map((item) => [sortKey(item, key), item] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, item]) => item);
  }
  return out;
}

/**
 * Flattens JSON to dotted paths → leaf values. Null, empty arrays and empty objects count as "no
 * value": a stored row says `quote: null` where the edit's input simply had no quote, and that is
 * not a change. Top-level bookkeeping fields are left out.
 */
export function flatten(value: unknown, prefix = "", out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (value === null || value === undefined) return out;
  if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(item, prefix ? `${prefix}.${index}` : String(index), out));
    return out;
  }
  if (typeof value === "object") {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (!prefix && BOOKKEEPING_FIELDS.has(key)) continue;
      flatten(item, prefix ? `${prefix}.${key}` : key, out);
    }
    return out;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") out.set(prefix, value);
  return out;
}

/** Orders paths as a reader scans a record: by segment, numbers numerically (participants.2 < participants.10). */
function comparePaths(a: string, b: string): number {
  const x = a.split(".");
  const y = b.split(".");
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    const [m, n] = [Number(x[i]), Number(y[i])];
    if (Number.isInteger(m) && Number.isInteger(n)) return m - n;
    return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

/** What changed from `before` to `after`, field by field, in a stable order. */
export function diffStates(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(canonicalState(before));
  const b = flatten(canonicalState(after));
  const changes: FieldChange[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const old = a.get(path);
    const next = b.get(path);
    if (old === undefined) changes.push({ path, kind: "added", new: next });
    else if (next === undefined) changes.push({ path, kind: "removed", old });
    else if (old !== next) changes.push({ path, kind: "changed", old, new: next });
  }
  return changes.sort((p, q) => comparePaths(p.path, q.path));
}

/** The state a record was in, without bookkeeping, as comparable JSON (used by the replay check too). */
export function normalizedState(state: unknown): Record<string, Leaf> {
  return Object.fromEntries([...flatten(canonicalState(state))].sort(([p], [q]) => comparePaths(p, q)));
}

/** The last segment naming a reference: `participants.1.personId` → `personId`. */
export function referenceKind(path: string): "person" | "negotiation" | "round" | "article" | null {
  const last = path.split(".").at(-1);
  if (last === "personId") return "person";
  if (last === "negotiationId") return "negotiation";
  if (last === "roundId") return "round";
  if (last === "articleId") return "article";
  return null;
}

/** `participants.1.role` → `participants.1.personId`: the field naming the list item a path is in. */
export function listItemReference(path: string): string | null {
  const match = /^participants\.(\d+)\.(?!personId$)/.exec(path);
  return match ? `participants.${match[1]}.personId` : null;
}
