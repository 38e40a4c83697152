import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { newHref } from "@/components/forms/records";
import { editorGate } from "./_lib/gate";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Editor", robots: { index: false } };

export default async function EditorHomePage() {
  const gate = await editorGate("/editor");
  if (gate) return gate;
  const negotiations = await (await getDb()).negotiation.findMany({
    where: { deletedAt: null },
    select: { slug: true, title: true, _count: { select: { rounds: { where: { deletedAt: null } } } } },
    orderBy: { title: "asc" },
  });
  const withSlug = (href: string, slug: string) => `${href}?negotiation=${encodeURIComponent(slug)}`;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-xl font-semibold">Editor</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Add records here. To correct one, use its “Correct this” link on the timeline, a round page or the tariff chart. Every
          change is versioned with its reason, and a save based on an outdated version is never applied silently.
        </p>
      </header>
      <nav aria-label="Create" className="flex flex-wrap gap-2 text-sm">
        <Link href={newHref("round")} className="rounded border border-line bg-surface px-3 py-1.5 no-underline">
          New round
        </Link>
        <Link href={newHref("tariffMeasure")} className="rounded border border-line bg-surface px-3 py-1.5 no-underline">
          New tariff measure
        </Link>
        <Link href={newHref("milestone")} className="rounded border border-line bg-surface px-3 py-1.5 no-underline">
          New milestone
        </Link>
      </nav>
      <section aria-labelledby="by-negotiation">
        <h2 id="by-negotiation" className="mb-2 text-lg font-semibold">
          By negotiation
        </h2>
        <div className="overflow-x-auto">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Negotiation</th>
                <th scope="col" className="tt-num">
                  Rounds
                </th>
                <th scope="col">Add</th>
              </tr>
            </thead>
            <tbody>
              {negotiations.map((n) => (
                <tr key={n.slug}>
                  <th scope="row" className="tt-rowhead">
                    <Link href={`/negotiations/${n.slug}`}>{n.title}</Link>
                  </th>
                  <td className="tt-num tabular">{n._count.rounds}</td>
                  <td className="whitespace-nowrap">
                    <Link href={withSlug(newHref("round"), n.slug)} aria-label={`New round of ${n.title}`}>
                      round
                    </Link>
                    {" · "}
                    <Link href={withSlug(newHref("milestone"), n.slug)} aria-label={`New milestone of ${n.title}`}>
                      milestone
                    </Link>
                    {" · "}
                    <Link href={withSlug(newHref("tariffMeasure"), n.slug)} aria-label={`New tariff measure of ${n.title}`}>
                      tariff
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
