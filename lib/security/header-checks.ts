/**
 * What TEST-PLAN T06 asks of a response's headers, as pure functions: each returns the list of
 * problems (empty when the response passes), so a crawl can report every failure at once.
 */

export const MIN_NONCE_BYTES = 16;

type HeaderBag = Record<string, string>;

export function parseCsp(value: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of value.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The nonce of a policy's script-src, or null. */
export function cspNonce(value: string): string | null {
  const source = parseCsp(value).get("script-src")?.find((s) => s.startsWith("'nonce-"));
  return source ? source.slice("'nonce-".length, -1) : null;
}

/** Headers every response must carry, whatever its type. */
export function commonHeaderProblems(headers: HeaderBag): string[] {
  const problems: string[] = [];
  const hsts = headers["strict-transport-security"] ?? "";
  const maxAge = Number(/max-age=(\d+)/i.exec(hsts)?.[1] ?? "0");
  if (maxAge < 31_536_000 || !/includesubdomains/i.test(hsts)) problems.push(`Strict-Transport-Security is "${hsts}"`);
  if (headers["x-content-type-options"]?.toLowerCase() !== "nosniff") problems.push("X-Content-Type-Options is not nosniff");
  const referrer = (headers["referrer-policy"] ?? "").toLowerCase();
  if (!["strict-origin-when-cross-origin", "strict-origin", "same-origin", "no-referrer"].includes(referrer)) {
    problems.push(`Referrer-Policy is "${referrer}"`);
  }
  if (headers["cross-origin-opener-policy"]?.toLowerCase() !== "same-origin") problems.push("Cross-Origin-Opener-Policy is not same-origin");
  if ("x-powered-by" in headers) problems.push(`X-Powered-By is present ("${headers["x-powered-by"]}")`);
  return problems;
}

/** The Content-Security-Policy an HTML page (and every other proxied response) must carry. */
export function cspProblems(headers: HeaderBag): string[] {
  const value = headers["content-security-policy"];
  if (!value) return ["no Content-Security-Policy"];
  const csp = parseCsp(value);
  const problems: string[] = [];
  const script = csp.get("script-src");
  if (!script) problems.push("no script-src");
  else {
    const nonce = cspNonce(value);
    if (!nonce) problems.push("script-src has no nonce");
    else if (!/^[A-Za-z0-9+/]+={0,2}$/.test(nonce) || Buffer.from(nonce, "base64").length < MIN_NONCE_BYTES) {
      problems.push(`the nonce "${nonce}" is not base64 of at least ${MIN_NONCE_BYTES} bytes`);
    }
    if (!script.includes("'strict-dynamic'")) problems.push("script-src lacks 'strict-dynamic'");
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:", "data:"]) {
      if (script.includes(unsafe)) problems.push(`script-src allows ${unsafe}`);
    }
  }
  const only = (directive: string, expected: string) => {
    if (csp.get(directive)?.join(" ") !== expected) problems.push(`${directive} is not ${expected}`);
  };
  only("object-src", "'none'");
  only("base-uri", "'none'");
  only("frame-ancestors", "'none'");
  return problems;
}
