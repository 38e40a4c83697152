/**
 * Where to send a user after signing in: only a path on this site. Anything else (another
 * origin, a protocol-relative "//host", a backslash trick, the sign-in page itself) falls back.
 */
export function safeNextPath(value: string | string[] | undefined | null, fallback = "/"): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.includes("\\")) return fallback;
  // Control characters (tab, newline) are dropped by URL parsers and can turn "/\t/evil" into "//evil".
  if (/[\u0000-\u001f\u007f]/.test(candidate)) return fallback;
  const url = new URL(candidate, "http://same.invalid");
  if (url.origin !== "http://same.invalid" || url.pathname === "/sign-in") return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
