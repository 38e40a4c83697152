"use client";

import { Fragment, useMemo } from "react";
import type { ReviewFact } from "@/lib/review/facts";
import { cardId, evidenceId, factLabel, shortLabel } from "./ids";

interface Segment {
  start: number;
  end: number;
  keys: string[];
}

/** Cuts the text at every evidence boundary; each piece knows which facts quote it. */
function segmentsOf(length: number, spans: { key: string; start: number; end: number }[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const s of spans) {
    cuts.add(Math.min(Math.max(s.start, 0), length));
    cuts.add(Math.min(Math.max(s.end, 0), length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    out.push({ start, end, keys: spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.key) });
  }
  return out;
}

/**
 * The article with every fact's evidence marked. After each marked sentence come links to the
 * cards of the facts it supports ("R1", "T2"), so the marks are reachable and followable by keyboard;
 * the fact whose card has focus is outlined here.
 */
export function ArticleText({ text, facts, active, onActivate }: { text: string; facts: ReviewFact[]; active: string | null; onActivate: (key: string | null) => void }) {
  const spans = useMemo(() => facts.map((f) => ({ key: f.key, start: f.values.evidence.start, end: f.values.evidence.end })), [facts]);
  const segments = useMemo(() => segmentsOf(text.length, spans), [text, spans]);
  const byKey = useMemo(() => new Map(facts.map((f) => [f.key, f])), [facts]);
  return (
    <div className="whitespace-pre-wrap break-words text-sm leading-relaxed">
      {segments.map((seg) => {
        const piece = text.slice(seg.start, seg.end);
        if (seg.keys.length === 0) return <Fragment key={seg.start}>{piece}</Fragment>;
        const starting = spans.filter((s) => s.start === seg.start);
        const ending = spans.filter((s) => s.end === seg.end);
        const lit = active !== null && seg.keys.includes(active);
        return (
          <Fragment key={seg.start}>
            {starting.map((s) => (
              <span key={s.key} id={evidenceId(s.key)} tabIndex={-1} className="scroll-mt-4 outline-none" />
            ))}
            <mark
              data-facts={seg.keys.join(" ")}
              className={`rounded-sm px-px text-fg ${lit ? "bg-[color-mix(in_oklab,var(--accent)_35%,transparent)] outline-2 outline-accent outline-solid" : "bg-[color-mix(in_oklab,var(--accent)_15%,transparent)]"}`}
            >
              {piece}
            </mark>
            {ending.length > 0 && (
              <sup className="ml-0.5 inline-flex gap-1 align-super text-[0.7rem] leading-none whitespace-nowrap">
                {ending.map((s) => {
                  const f = byKey.get(s.key)!;
                  return (
                    <a
                      key={s.key}
                      href={`#${cardId(s.key)}`}
                      aria-label={`Go to ${factLabel(f)}`}
                      onFocus={() => onActivate(s.key)}
                      onBlur={() => onActivate(null)}
                      onMouseEnter={() => onActivate(s.key)}
                      onMouseLeave={() => onActivate(null)}
                      className="rounded border border-line bg-surface px-1 py-0.5 font-medium no-underline tabular"
                    >
                      {shortLabel(f)}
                    </a>
                  );
                })}
              </sup>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}
