import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { COOKIE_PREFIX, PATH_HEADER, SIGN_IN_PATH } from "@/lib/auth/constants";
import { requireLoginFromEnv } from "@/lib/auth/settings";

let requireLogin: boolean | undefined;

/**
 * Convenience only, never the authorization (see lib/auth/session.ts requireReader, which pages
 * and API reads call): with REQUIRE_LOGIN=true, a page request without a session cookie goes
 * straight to the sign-in page, which sends the user back afterwards.
 */
export function proxy(request: NextRequest) {
  requireLogin ??= requireLoginFromEnv();
  if (!requireLogin) return NextResponse.next();
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (!getSessionCookie(request, { cookiePrefix: COOKIE_PREFIX })) {
    const target = new URL(SIGN_IN_PATH, request.url);
    target.searchParams.set("next", path);
    return NextResponse.redirect(target);
  }
  // A cookie may still name an ended session; the page's own check then needs the path to return to.
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, path);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: API routes answer 401 themselves, and sign-in and static files must stay reachable.
  matcher: ["/((?!api/|_next/|sign-in|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.(?:svg|png|jpg|ico|css|js|txt|webmanifest)$).*)"],
};
