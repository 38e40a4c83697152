/**
 * The security headers every response carries (TEST-PLAN T06). No `server-only`: next.config.ts
 * and proxy.ts import this, and neither runs inside React's server bundle.
 */

/** Two years; browsers ignore HSTS over plain http and on IP addresses, so local runs are unaffected. */
export const HSTS_MAX_AGE_SECONDS = 63_072_000;

/** Headers that are the same on every response; next.config.ts sets them on all paths. */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  // No `preload`: that is a commitment for every subdomain, for the domain's owner to make.
  { key: "Strict-Transport-Security", value: `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // For browsers that predate CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
];

/** 18 random bytes (144 bits) as base64: 24 characters, no padding, a new value per request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of a response. Next.js reads the nonce back from the request's copy
 * of this header (the `script-src` directive, so it must come before any `script-src-*`) and puts
 * it on its own scripts; 'strict-dynamic' then lets those scripts load the page's chunks, and
 * nothing else runs: no host allow-list, no 'unsafe-inline', no 'unsafe-eval' in production.
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server stacks; production never does.
    `script-src 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // <style> and stylesheet elements need our origin or the nonce. Style *attributes* cannot carry
    // a nonce, and React (style={...}) and Recharts (positions, colours of the chart's SVG) write
    // them at run time, so style-src-attr allows them. The risk is CSS injection, not scripts: an
    // attribute can restyle an element but not run code or load anything from another origin
    // (img-src, font-src and connect-src still apply). The dev server injects <style> tags itself.
    `style-src 'self' ${options.dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    // data: and blob: for the chart's PNG export and Next's image placeholders.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}
