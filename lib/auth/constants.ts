/** Names shared by the auth configuration and the request proxy (which must not load Better Auth). */
export const AUTH_BASE_PATH = "/api/auth";
export const COOKIE_PREFIX = "tracker";
export const SIGN_IN_PATH = "/sign-in";
/** Set by proxy.ts on page requests: the path to return to after signing in. */
export const PATH_HEADER = "x-tracker-path";
