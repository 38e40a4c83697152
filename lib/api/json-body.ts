import { DomainError } from "../domain/errors";

const LONE_SURROGATE = "Text must be valid Unicode (it contains half of a surrogate pair)";

/** The path of the first string or key holding a lone surrogate, walked with a stack (JSON nests deep). */
function illFormedTextPath(root: unknown): string | null {
  const stack: [unknown, string][] = [[root, ""]];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (typeof value === "string") {
      if (!value.isWellFormed()) return path || "(body)";
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (!key.isWellFormed()) return path || "(body)";
        stack.push([item, path ? `${path}.${key}` : key]);
      }
    }
  }
  return null;
}

/**
 * A JSON body as every write route reads one: strict UTF-8 (invalid bytes are refused, not turned
 * into U+FFFD), valid JSON, and no lone surrogates, which pass the schemas but cannot be stored as
 * sent. Each failure is a 400 naming what is wrong; an empty body is {}.
 */
export function parseJsonBody(body: Buffer): unknown {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new DomainError("invalid", "(body): the request body must be UTF-8", { "(body)": "The request body must be UTF-8" });
  }
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new DomainError("invalid", "(body): the request body must be JSON", { "(body)": "The request body must be JSON" });
  }
  const broken = illFormedTextPath(value);
  if (broken !== null) throw new DomainError("invalid", `${broken}: ${LONE_SURROGATE}`, { [broken]: LONE_SURROGATE });
  return value;
}
