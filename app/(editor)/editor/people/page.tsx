import type { Metadata } from "next";
import Link from "next/link";
import { editHref, newHref } from "@/components/forms/records";
import { getDb } from "@/lib/db/client";
import { listPeople } from "@/lib/queries/people";
import { requirePagePermission } from "../_lib/gate";
import { EditorCrumbs } from "../_lib/page-parts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "People", robots: { index: false } };

export default async function PeoplePage() {
  await requirePagePermission("/editor/people");
  const people = await listPeople(await getDb());
  return (
    <div className="space-y-4">
      <EditorCrumbs section="People" />
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-xl font-semibold">People</h1>
        <Link href={newHref("person")} className="rounded border border-line bg-surface px-3 py-1.5 text-sm no-underline">
          New person
        </Link>
      </header>
      {people.length === 0 ? (
        <p className="text-muted">Nobody is on record yet. People are added with a round’s participants or here.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="data">
            <caption className="sr-only">People on record, with the number of rounds each took part in</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Country</th>
                <th scope="col">Title or office</th>
                <th scope="col" className="tt-num">
                  Rounds
                </th>
                <th scope="col">Records</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="tt-rowhead">
                    {p.name}
                  </th>
                  <td>
                    {p.countryName} <span className="text-muted">({p.countryCode})</span>
                  </td>
                  <td>{p.title ?? <span className="text-muted">—</span>}</td>
                  <td className="tt-num tabular">{p.rounds}</td>
                  <td className="whitespace-nowrap">
                    <Link href={editHref("person", p.id)} aria-label={`Edit ${p.name}`}>
                      edit
                    </Link>
                    {" · "}
                    <Link href={`/history/person/${p.id}`} aria-label={`History of ${p.name}`}>
                      history
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
