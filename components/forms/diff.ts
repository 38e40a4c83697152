/** One field the conflict panel compares, with how to show its value. */
export interface DiffField {
  path: string;
  label: string;
  format?: (value: unknown) => string;
}

export interface FieldChange {
  path: string;
  label: string;
  theirs: string;
  yours: string;
  /** Both sides changed this field, differently: saving keeps yours over theirs. */
  clash: boolean;
}

export function valueAt(values: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((v, key) => (v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined), values);
}

function setAt(values: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = values;
  for (const key of keys.slice(0, -1)) {
    node[key] = { ...((node[key] as Record<string, unknown> | undefined) ?? {}) };
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

/** Empty text, undefined and null all mean "no value"; text is compared trimmed; keys in a stable order. */
export function normalize(value: unknown): unknown {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number" && Number.isNaN(value)) return null;
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, normalize((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));

export function formatValue(value: unknown): string {
  const v = normalize(value);
  if (v === null) return "—";
  if (Array.isArray(v)) return v.length ? `${v.length} item${v.length === 1 ? "" : "s"}` : "none";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** What changed between `base` (the version the form started from) and `theirs` (the saved one), next to `yours`. */
export function changesMeanwhile(fields: DiffField[], base: unknown, theirs: unknown, yours: unknown): FieldChange[] {
  return fields
    .filter((f) => !sameValue(valueAt(base, f.path), valueAt(theirs, f.path)))
    .map((f) => {
      const format = f.format ?? formatValue;
      const [b, t, y] = [valueAt(base, f.path), valueAt(theirs, f.path), valueAt(yours, f.path)];
      return { path: f.path, label: f.label, theirs: format(t), yours: format(y), clash: !sameValue(y, b) && !sameValue(y, t) };
    });
}

/**
 * Your edits replayed onto their version: every field you changed keeps your value, every other
 * field takes theirs (so their unrelated corrections are not silently undone).
 */
export function reapply<T extends Record<string, unknown>>(fields: DiffField[], base: T, theirs: T, yours: T): T {
  const merged = structuredClone(theirs) as Record<string, unknown>;
  for (const f of fields) {
    const mine = valueAt(yours, f.path);
    if (!sameValue(mine, valueAt(base, f.path))) setAt(merged, f.path, structuredClone(mine));
  }
  return merged as T;
}
