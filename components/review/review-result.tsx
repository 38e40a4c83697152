"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import type { WrittenFact } from "@/lib/review/review-input";

const ENTITY: Record<WrittenFact["entityType"], string> = { round: "Round", tariffMeasure: "Tariff measure", milestone: "Milestone", person: "Person" };

/** What a review wrote, each line linking to where readers see it. Focused when it appears. */
export function ReviewResult({ written, rejected, heading = "Review recorded", focus = false }: { written: WrittenFact[]; rejected: number; heading?: string; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <section aria-labelledby="review-result-title" className="rounded border border-line bg-surface p-3 text-sm">
      <h2 id="review-result-title" ref={ref} tabIndex={-1} className="text-base font-semibold">
        {heading}
      </h2>
      <p role="status" className="mt-1 text-muted">
        {written.length} {written.length === 1 ? "fact" : "facts"} recorded, {rejected} rejected.
      </p>
      {written.length > 0 && (
        <ul className="mt-2 divide-y divide-line">
          {written.map((w) => (
            <li key={`${w.key}-${w.id}`} className="flex flex-wrap items-baseline gap-x-2 py-1">
              <span className="text-xs font-medium uppercase text-muted">{ENTITY[w.entityType]} {w.change}</span>
              {w.href ? <Link href={w.href}>{w.description}</Link> : <span>{w.description}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
