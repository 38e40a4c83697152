/**
 * The largest Server Action request body (Next.js's default, set explicitly in next.config.ts so
 * that proxy.ts can answer a larger declared body with 413 instead of Next.js's 500).
 * The admin forms send a few hundred bytes; JSON API writes have their own limit (lib/api/mutation.ts).
 */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
