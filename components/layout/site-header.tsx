import Link from "next/link";

const NAV = [
  { href: "/timeline", label: "Timeline" },
  { href: "/tariffs", label: "Tariffs" },
  { href: "/negotiations", label: "Negotiations" },
];

export function SiteHeader() {
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
      </div>
    </header>
  );
}
