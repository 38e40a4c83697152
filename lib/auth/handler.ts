import type { Auth } from "./create-auth";

/**
 * Better Auth answers a rate-limited request with 429 and `X-Retry-After`; browsers and HTTP
 * clients read the standard `Retry-After`, so the response carries both.
 */
export function withRetryAfter(response: Response): Response {
  const seconds = response.headers.get("x-retry-after");
  if (response.status !== 429 || !seconds || response.headers.has("retry-after")) return response;
  const headers = new Headers(response.headers);
  headers.set("retry-after", seconds);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** The request handler mounted at /api/auth/*: Better Auth's own, plus the header above. */
export function authRequestHandler(auth: Auth | (() => Promise<Auth>)) {
  return async function handle(request: Request): Promise<Response> {
    const instance = typeof auth === "function" ? await auth() : auth;
    return withRetryAfter(await instance.handler(request));
  };
}
