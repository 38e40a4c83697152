import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { editHref, newHref } from "@/components/forms/records";
import { requirePagePermission } from "./_lib/gate";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Editor", robots: { index: false } };

export default async function EditorHomePage() {
  await requirePagePermission("/editor");
  const negotiations = await (await getDb()).negotiation.findMany({
    where: { deletedAt: null },
    select: { id: true, slug: true, title: true, _count: { select: { rounds: { where: { deletedAt: null } } } } },
    orderBy: { title: "asc" },
  });
  const withSlug = (href: string, slug: string) => `${href}?negotiation=${encodeURIComponent(slug)}`;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-xl font-semibold">Editor</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Add records here, or add a news article and review the facts extracted from it. To correct a record, use its “Correct
          this” link on the timeline, a round page or the tariff chart. Every
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
        <Link href={newHref("negotiation")} className="rounded border border-line bg-surface px-3 py-1.5 no-underline">
          New negotiation
        </Link>
        <Link href={newHref("person")} className="rounded border border-line bg-surface px-3 py-1.5 no-underline">
          New person
        </Link>
        <Link href="/editor/people" className="rounded border border-line bg-surface px-3 py-1.5 no-underline">
          People
        </Link>
        <Link href="/editor/articles/new" className="rounded border border-line bg-surface px-3 py-1.5 no-underline">
          Add article
        </Link>
        <Link href="/editor/articles" className="rounded border border-line bg-surface px-3 py-1.5 no-underline">
          Articles
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
                <th scope="col">Negotiation record</th>
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
                  <td className="whitespace-nowrap">
                    <Link href={editHref("negotiation", n.id)} aria-label={`Edit ${n.title}`}>
                      edit
                    </Link>
                    {" · "}
                    <Link href={`/history/negotiation/${n.id}`} aria-label={`History of ${n.title}`}>
                      history
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
