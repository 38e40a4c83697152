import Link from "next/link";
import type { ReactNode } from "react";

const NAV = [
  { href: "/timeline", label: "Timeline" },
  { href: "/tariffs", label: "Tariffs" },
  { href: "/negotiations", label: "Negotiations" },
  { href: "/corrections", label: "Corrections" },
];

/** `account`: the signed-in user and sign-out, or a sign-in link; rendered by the app, not here. */
export function SiteHeader({ account }: { account?: ReactNode }) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="brand font-semibold">
          Trade Talks Tracker
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-4 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {account && <div className="ml-auto">{account}</div>}
      </div>
    </header>
  );
}
