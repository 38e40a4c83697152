import { DomainError } from "../domain/errors";

/**
 * Refuses a state-changing request that did not come from one of our own pages. Next.js compares
 * a Server Action's Origin with its Host but lets a request with no Origin through; we don't.
 * `expectedOrigin` is the configured public origin, else the request's own host is the reference.
 */
export function assertSameOrigin(headers: Headers, expectedOrigin?: string): void {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin") throw new DomainError("forbidden", "Cross-site requests are not accepted");
  const origin = headers.get("origin");
  if (!origin || origin === "null") throw new DomainError("forbidden", "Requests without an Origin are not accepted");
  let actual: URL;
  try {
    actual = new URL(origin);
  } catch {
    throw new DomainError("forbidden", "Requests with a malformed Origin are not accepted");
  }
  if (expectedOrigin) {
    if (actual.origin !== new URL(expectedOrigin).origin) throw new DomainError("forbidden", "Requests from other sites are not accepted");
    return;
  }
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host || actual.host !== host) throw new DomainError("forbidden", "Requests from other sites are not accepted");
}
