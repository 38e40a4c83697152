/**
 * Requests as the security matrix sends them: plain fetch (no cookie jar, no redirects followed),
 * Server Action calls encoded the way React's client encodes them, and the proxy-bypass variants
 * of TEST-PLAN T02.
 */

export interface Call {
  method: string;
  path: string;
  /** JSON body. */
  json?: unknown;
  /** A Server Action call: its id and arguments (FormData arguments become multipart parts). */
  action?: { id: string; args: unknown[] };
  headers?: Record<string, string>;
}

export type OriginMode =
  /** What a page of ours sends: Origin and Sec-Fetch-Site: same-origin. */
  | "same"
  | "evil-origin"
  | "no-origin-cross-site"
  | "no-origin-no-fetch-metadata"
  | "null-origin"
  | "other-port";

export interface Sent {
  status: number;
  headers: Headers;
  text: string;
}

export function originHeaders(base: string, mode: OriginMode): Record<string, string> {
  switch (mode) {
    case "same":
      return { origin: base, "sec-fetch-site": "same-origin" };
    case "evil-origin":
      return { origin: "https://evil.example" };
    case "no-origin-cross-site":
      return { "sec-fetch-site": "cross-site" };
    case "no-origin-no-fetch-metadata":
      return {};
    case "null-origin":
      return { origin: "null", "sec-fetch-site": "cross-site" };
    case "other-port": {
      const url = new URL(base);
      url.port = String(Number(url.port || 80) + 1);
      return { origin: url.origin, "sec-fetch-site": "same-site" };
    }
  }
}

/**
 * React's encodeReply for a Server Action's arguments: plain JSON when there is no FormData,
 * else a multipart body whose part "0" is the argument list with `$K<n>` in place of each FormData,
 * whose fields follow as parts named `_<n>_<field>` (the root part last, as React writes it).
 */
export function encodeActionArgs(args: unknown[]): { body: string | FormData; contentType?: string } {
  const forms: FormData[] = [];
  const root = args.map((arg) => {
    if (arg instanceof FormData) {
      forms.push(arg);
      return `$K${forms.length.toString(16)}`;
    }
    return arg;
  });
  if (!forms.length) return { body: JSON.stringify(root), contentType: "text/plain;charset=UTF-8" };
  const body = new FormData();
  forms.forEach((form, index) => form.forEach((value, key) => body.append(`_${(index + 1).toString(16)}_${key}`, value)));
  body.set("0", JSON.stringify(root));
  return { body };
}

export function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

export async function send(base: string, call: Call, options: { cookie?: string; origin?: OriginMode } = {}): Promise<Sent> {
  const headers: Record<string, string> = { ...originHeaders(base, options.origin ?? "same") };
  if (options.cookie) headers.cookie = options.cookie;
  let body: string | FormData | undefined;
  if (call.action) {
    const encoded = encodeActionArgs(call.action.args);
    body = encoded.body;
    if (encoded.contentType) headers["content-type"] = encoded.contentType;
    headers["next-action"] = call.action.id;
    headers.accept = "text/x-component";
  } else if (call.json !== undefined) {
    body = JSON.stringify(call.json);
    headers["content-type"] = "application/json";
  }
  Object.assign(headers, call.headers);
  const hasBody = !["GET", "HEAD"].includes(call.method);
  // Concatenated, not resolved: "//api/…" must stay a path, not become a host.
  const response = await fetch(`${base}${call.path}`, {
    method: call.method,
    headers,
    body: hasBody ? body : undefined,
    redirect: "manual",
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The value a Server Action returned, from its RSC response (null when none was returned). */
export function actionResult(text: string): { status?: string; message?: string } | null {
  for (const line of text.split("\n")) {
    const match = /^[0-9a-f]+:(\{"status":.*\})$/.exec(line);
    if (match) return JSON.parse(match[1]) as { status?: string; message?: string };
  }
  return null;
}

export interface BypassVariant {
  name: string;
  apply(call: Call, buildId: string): Call;
}

const withHeaders = (name: string, extra: Record<string, string>): BypassVariant => ({
  name,
  apply: (call) => ({ ...call, headers: { ...call.headers, ...extra } }),
});

const withPath = (name: string, rewrite: (path: string, buildId: string) => string): BypassVariant => ({
  name,
  apply: (call, buildId) => {
    const url = new URL(call.path, "http://x");
    return { ...call, path: `${rewrite(url.pathname, buildId)}${url.search}` };
  },
});

const subrequest = (value: string) => withHeaders(`x-middleware-subrequest: ${value}`, { "x-middleware-subrequest": value });
const five = (name: string) => Array.from({ length: 5 }, () => name).join(":");

/** TEST-PLAN T02's requests that have let callers past a Next.js proxy/middleware before. */
export const BYPASS_VARIANTS: BypassVariant[] = [
  { name: "plain", apply: (call) => call },
  subrequest(five("middleware")),
  subrequest(five("src/middleware")),
  subrequest(five("proxy")),
  subrequest(five("src/proxy")),
  subrequest("pages/_middleware"),
  withHeaders("RSC: 1", { rsc: "1" }),
  withHeaders("Next-Router-Prefetch", { rsc: "1", "next-router-prefetch": "1" }),
  withHeaders("Next-Router-Segment-Prefetch", { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" }),
  withHeaders("x-middleware-prefetch / Purpose: prefetch", { "x-middleware-prefetch": "1", purpose: "prefetch" }),
  withHeaders("x-nextjs-data", { "x-nextjs-data": "1" }),
  withHeaders("x-invoke-path / x-matched-path", { "x-invoke-path": "/", "x-matched-path": "/", "x-now-route-matches": "" }),
  {
    name: "?_rsc=",
    apply: (call) => {
      const url = new URL(call.path, "http://x");
      url.searchParams.set("_rsc", "x1");
      return { ...call, path: `${url.pathname}${url.search}`, headers: { ...call.headers, rsc: "1" } };
    },
  },
  withPath(".rsc suffix", (path) => `${path}.rsc`),
  withPath("percent-encoded first letter", (path) => path.replace(/^\/(.)/, (_, c: string) => `/%${c.charCodeAt(0).toString(16)}`)),
  withPath("double leading slash", (path) => `/${path}`),
  withPath("trailing slash", (path) => `${path}/`),
  withPath("/_next/data/<build>/….json", (path, buildId) => `/_next/data/${buildId}${path === "/" ? "/index" : path}.json`),
  withPath("upper-case path", (path) => path.toUpperCase()),
  withPath("encoded slash", (path) => path.replace(/^\/([^/]+)\//, "/$1%2F")),
];

/**
 * A refusal inside a 200: an RSC payload carrying forbidden()'s 403 (the HTML page itself answers
 * 403; a flight request may already have its status when the page refuses).
 */
export const DENIAL_NOTICES = /NEXT_HTTP_ERROR_FALLBACK;403/;

/**
 * Why a response to a read is not a refusal, or null when it is one: 401/403/404/405; a redirect to
 * sign-in, or Next.js normalising the path (a trailing or doubled slash, a /_next/data URL) to a
 * page that is itself gated; an RSC payload carrying the sign-in redirect; a page's denial notice;
 * or Next.js skipping a prefetch without running the route.
 */
export function notARefusal(requestPath: string, response: Sent, buildId: string): string | null {
  const { status, text, headers } = response;
  if ([401, 403, 404, 405].includes(status)) return null;
  if ([303, 307, 308].includes(status)) {
    const location = new URL(headers.get("location") ?? "", "http://x");
    if (location.pathname === "/sign-in") return null;
    const asked = new URL(`http://x${requestPath.replace(/^\/+/, "/")}`).pathname;
    const normal = asked
      .replace(new RegExp(`^/_next/data/${buildId}`), "")
      .replace(/\.json$/, "")
      .replace(/^\/index$/, "/")
      .replace(/\/{2,}/g, "/")
      .replace(/(.)\/$/, "$1");
    if (location.pathname === normal) return null;
    // A Pages Router data URL, which this App Router build does not have, goes to the (gated) home page.
    if (asked.startsWith("/_next/data/") && location.pathname === "/") return null;
    return `${status} redirects to ${location.pathname}${location.search}`;
  }
  if (status === 200 && headers.get("x-middleware-skip") === "1" && text === "{}") return null;
  if (status === 200 && /NEXT_REDIRECT[^"]*\/sign-in/.test(text)) return null;
  if (status === 200 && DENIAL_NOTICES.test(text)) return null;
  return `${status} ${text.slice(0, 120).replace(/\s+/g, " ")}`;
}
