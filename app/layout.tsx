import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { AccountMenu } from "@/app/(auth)/account-menu";
import { SiteHeader } from "@/components/layout/site-header";
import { Providers } from "@/components/providers";
import "./globals.css";

/** Absolute URLs in preview cards need the site's origin: PUBLIC_URL, else the request's host. */
async function siteOrigin(): Promise<URL> {
  if (process.env.PUBLIC_URL) return new URL(process.env.PUBLIC_URL);
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return new URL(`${proto}://${host}`);
}

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: await siteOrigin(),
    title: { default: "Trade Talks Tracker", template: "%s · Trade Talks Tracker" },
    description: "Negotiation rounds, tariff levels and milestones of the 2025 trade talks, every fact with its source.",
    openGraph: { siteName: "Trade Talks Tracker" },
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-surface focus:p-2">
          Skip to content
        </a>
        <Providers>
          <SiteHeader account={<AccountMenu />} />
          <main id="main" className="mx-auto max-w-6xl px-4 py-6">
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
