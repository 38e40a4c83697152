import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { COOKIE_PREFIX, PATH_HEADER, SIGN_IN_PATH } from "@/lib/auth/constants";
import { assertSameOrigin } from "@/lib/auth/origin";
import { authSettingsFromEnv, requireLoginFromEnv } from "@/lib/auth/settings";
import { contentSecurityPolicy, createNonce } from "@/lib/security/headers";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/security/limits";

/** Read once: the environment does not change while the server runs. */
let settings: { requireLogin: boolean; publicOrigin?: string } | undefined;
const settingsFromEnv = () => (settings ??= { requireLogin: requireLoginFromEnv(), publicOrigin: authSettingsFromEnv().baseURL });

/** Page paths the sign-in redirect applies to: not the API (it answers 401), sign-in or static files. */
const SIGN_IN_GATED = /^\/(?!api\/|_next\/|sign-in|favicon\.ico|robots\.txt|sitemap\.xml|.*\.(?:svg|png|jpg|ico|css|js|txt|webmanifest)$)/;

const isDev = process.env.NODE_ENV === "development";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request to a page path is a Server Action (by `Next-Action` header or, without
 * JavaScript, by form field). Next.js answers a foreign Origin with a 500 and lets a missing one
 * through; here both get a 403 before any action code runs. The actions check again themselves
 * (requireAdminAction, signOutAction); API routes check in lib/api/mutation.ts and Better Auth.
 */
function actionRefusal(request: NextRequest): NextResponse | null {
  if (SAFE_METHODS.has(request.method) || request.nextUrl.pathname.startsWith("/api/")) return null;
  try {
    assertSameOrigin(request.headers, settingsFromEnv().publicOrigin);
  } catch (error) {
    return NextResponse.json({ error: { code: "forbidden", message: (error as Error).message } }, { status: 403 });
  }
  // Next.js refuses a larger body with a 500; a declared one gets its proper status here.
  if (Number(request.headers.get("content-length") ?? "0") > ACTION_BODY_LIMIT_BYTES) {
    const message = `The request body is larger than the ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB limit`;
    return NextResponse.json({ error: { code: "too_large", message } }, { status: 413 });
  }
  return null;
}

/**
 * Three jobs, on every request but static assets:
 * 1. A fresh CSP nonce. The policy goes on the response and, with the nonce, on the request, where
 *    Next.js reads it to put the nonce on the scripts it renders (every page is rendered per request:
 *    the root layout reads headers()). The other security headers come from next.config.ts.
 * 2. Convenience only, never the authorization (see lib/auth/session.ts requireReader, which pages
 *    and API reads call): with REQUIRE_LOGIN=true, a page request without a session cookie goes
 *    straight to the sign-in page, which sends the user back afterwards.
 * 3. An early 403 for cross-site Server Action calls, 413 for oversized ones (see actionRefusal).
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: isDev });
  const headers = new Headers(request.headers);
  // Whatever a client sent under these names is replaced or dropped, never passed on to the app.
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  headers.delete(PATH_HEADER);

  const { requireLogin } = settingsFromEnv();
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  let response: NextResponse;
  const refusal = actionRefusal(request);
  if (refusal) {
    response = refusal;
  } else if (requireLogin && SIGN_IN_GATED.test(request.nextUrl.pathname) && !getSessionCookie(request, { cookiePrefix: COOKIE_PREFIX })) {
    const target = new URL(SIGN_IN_PATH, request.url);
    target.searchParams.set("next", path);
    response = NextResponse.redirect(target);
  } else {
    // A cookie may still name an ended session; the page's own check then needs the path to return to.
    if (requireLogin) headers.set(PATH_HEADER, path);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything but build assets and the favicon, so that every page, API answer, redirect and
  // not-found page gets the policy (Server Actions are POSTs to page paths and are covered too).
  matcher: ["/((?!_next/static/|_next/image|favicon\\.ico$).*)"],
};
