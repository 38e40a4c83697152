/**
 * fast-check generators of hostile request bodies (TEST-PLAN T19), as the raw text a client sends:
 * valid payloads with a few values replaced by edge cases, arbitrary JSON, bodies JSON.stringify
 * cannot produce (NaN, 1e999, __proto__ keys, deep nesting), and broken JSON.
 */
import fc from "fast-check";

/** Values that have broken validators before, as they arrive in JSON. */
export const EDGE_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  -0.0001,
  0.1 + 0.2,
  1e308,
  -1e308,
  1e21,
  2 ** 53 + 2,
  5e-324,
  -5,
  1000.0001,
  1001,
  1e6,
  "NaN",
  "Infinity",
  "-Infinity",
  "10%",
  "1e3",
  "",
  " ",
  " \t\n ",
  "2025-02-30",
  "2026-02-30",
  "2025-02-29",
  "2025-13-01",
  "2025-00-10",
  "2025-6-1",
  "0000-01-01",
  "9999-12-31",
  "+002025-06-01",
  "2025-06-01T00:00:00Z",
  "20250601",
  "x".repeat(10_000),
  "\u0000",
  "a\u0000b",
  "\u202Eevil",
  "\uD800",
  "\uDFFF",
  "a\uD83Db",
  "💥".repeat(500),
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "data:text/html,<b>x</b>",
  "http://",
  `https://example.org/${"a".repeat(3000)}`,
  "usa",
  "XXX",
  "*",
  [],
  [null],
  [[]],
  {},
  { dateStart: "2025-02-30", dateEnd: null, datePrecision: "day" },
  Array.from({ length: 60 }, () => ({ url: "https://example.org/" })),
];

/** Raw JSON tokens that JSON.stringify never writes but a client can send. */
const RAW_TOKENS = [
  "NaN",
  "Infinity",
  "-Infinity",
  "1e999",
  "-1e999",
  "-0",
  "1E400",
  "0.0000000000000000000000000000001e-400",
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":null}',
  "[".repeat(5000) + "]".repeat(5000),
  `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`,
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a value: object keys and array indexes, containers included. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(value)) value.forEach((item, i) => out.push([...prefix, i], ...pathsOf(item, [...prefix, i])));
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) out.push([...prefix, key], ...pathsOf(item, [...prefix, key]));
  }
  return out;
}

function setAt(root: Json, path: (string | number)[], value: Json | undefined): Json {
  if (!path.length) return value ?? null;
  const copy: Json = Array.isArray(root) ? [...root] : root && typeof root === "object" ? { ...root } : {};
  const [head, ...rest] = path;
  const container = copy as Record<string | number, Json>;
  const next = setAt(container[head] ?? null, rest, value);
  if (value === undefined && !rest.length) delete container[head];
  else container[head] = next;
  return copy;
}

const PLACEHOLDER = "__FUZZ_RAW_TOKEN__";

export interface FuzzBody {
  /** What kind of generator made it, for the report. */
  kind: "mutated" | "raw-token" | "extra-keys" | "arbitrary-json" | "broken-json";
  text: string;
}

const edge = fc.constantFrom(...(EDGE_VALUES as Json[]));
const anyJson = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;
const replacement = fc.oneof({ weight: 4, arbitrary: edge }, { weight: 2, arbitrary: anyJson }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) as fc.Arbitrary<Json> });

/** Hostile bodies built around a valid one, so that most reach the deeper checks. */
export function fuzzBodies(valid: Json): fc.Arbitrary<FuzzBody> {
  const paths = pathsOf(valid);
  const pick = (n: number) => (paths.length ? paths[n % paths.length] : []);
  const mutated = fc
    .array(fc.tuple(fc.nat(), fc.option(replacement, { freq: 8, nil: undefined })), { minLength: 1, maxLength: 3 })
    .map((changes): FuzzBody => {
      let body = valid;
      for (const [n, value] of changes) body = setAt(body, pick(n), value);
      return { kind: "mutated", text: JSON.stringify(body) };
    });
  const rawToken = fc.tuple(fc.nat(), fc.constantFrom(...RAW_TOKENS)).map(([n, token]): FuzzBody => {
    const path = pick(n);
    const body = path.length ? setAt(valid, path, PLACEHOLDER) : PLACEHOLDER;
    return { kind: "raw-token", text: JSON.stringify(body).replace(JSON.stringify(PLACEHOLDER), token) };
  });
  const extraKeys = fc
    .tuple(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "baseVersion", "id", "version", "deletedAt", "actorId"), anyJson)
    .map(([key, value]): FuzzBody => {
      // Written as text: an object literal's __proto__ would set the prototype, not a key.
      const text = JSON.stringify(valid);
      const insert = `${JSON.stringify(key)}:${JSON.stringify(value)}`;
      return { kind: "extra-keys", text: text.startsWith("{") && text !== "{}" ? `{${insert},${text.slice(1)}` : `{${insert}}` };
    });
  const arbitrary = anyJson.map((value): FuzzBody => ({ kind: "arbitrary-json", text: JSON.stringify(value) }));
  const broken = fc
    .oneof(
      fc.constant(JSON.stringify(valid).slice(0, -1)),
      fc.constant(`\uFEFF${JSON.stringify(valid)}`),
      fc.constant(`${JSON.stringify(valid)},`),
      fc.constant("{'single': 'quotes'}"),
      fc.string({ unit: "binary", maxLength: 60 }),
    )
    .map((text): FuzzBody => ({ kind: "broken-json", text }));
  return fc.oneof(
    { weight: 8, arbitrary: mutated },
    { weight: 2, arbitrary: rawToken },
    { weight: 2, arbitrary: extraKeys },
    { weight: 2, arbitrary: arbitrary },
    { weight: 1, arbitrary: broken },
  );
}

/** Route parameters (record ids) that are not ids. */
export const hostileIds = fc.oneof(
  fc.constantFrom("", " ", "..", "../../etc/passwd", "%00", "x".repeat(10_000), "\uD800", "💥", "null", "undefined", "__proto__", "constructor", "1; DROP TABLE Round"),
  fc.string({ unit: "binary", maxLength: 50 }),
);
