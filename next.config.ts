import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security/headers";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/security/limits";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Tests build into their own folder so a running dev server or demo is never disturbed.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // On every path, static files included. The Content-Security-Policy, which needs a fresh nonce
  // per request, is set by proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
  experimental: {
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
    // forbidden(): pages refused to a signed-in account answer 403 (app/forbidden.tsx), not 200.
    authInterrupts: true,
  },
};

export default nextConfig;
