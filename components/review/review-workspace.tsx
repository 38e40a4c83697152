"use client";

import Link from "next/link";
import { useState } from "react";
import { FACT_TYPE_LABELS, FACT_TYPES } from "@/lib/review/facts";
import { ArticleText } from "./article-text";
import { FactCard } from "./fact-card";
import { cardId } from "./ids";
import { ReviewResult } from "./review-result";
import { useReview, type ReviewProps } from "./use-review";

const buttonClass = "rounded border border-line bg-surface px-2.5 py-1 text-xs font-medium disabled:opacity-60";

/**
 * The review of one article: its text with the evidence marked on one side, the extracted facts as
 * cards grouped by type on the other; every fact gets a decision, then one request records them all.
 */
export function ReviewWorkspace(props: ReviewProps & { text: string }) {
  const review = useReview(props);
  const { facts, finalFacts, cards, matches, errors, counts, mutation } = review;
  const [active, setActive] = useState<string | null>(null);
  const done = mutation.isSuccess;
  const sending = mutation.isPending;

  const submit = () => {
    const first = review.submit();
    if (first) requestAnimationFrame(() => document.getElementById(cardId(first))?.focus());
  };
  const failure = mutation.error;
  const reloadHint = failure?.status === 409 && !/reload/i.test(failure.message) ? " Reload the page to review the current facts." : "";
  const failureText = failure ? `${failure.message}${reloadHint}` : null;
  const undecidedText = counts.undecided ? `${counts.undecided} ${counts.undecided === 1 ? "fact needs" : "facts need"} a decision. ` : "";
  const problemText = failureText ?? (Object.keys(errors).length > 0 ? `${undecidedText}Check the marked cards.` : null);

  if (done && mutation.data) {
    return (
      <div className="space-y-2">
        <ReviewResult written={mutation.data.written} rejected={mutation.data.rejected.length} focus />
        <p className="text-sm">
          <Link href="/timeline">Timeline</Link> · <Link href="/editor">Editor</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <section aria-labelledby="article-text-title" className="min-w-0">
        <h2 id="article-text-title" className="mb-1 text-base font-semibold">
          Article text
        </h2>
        <p className="mb-2 text-xs text-muted">Marked: the sentence each fact was read from. The links after it lead to the fact.</p>
        <div
          tabIndex={0}
          role="region"
          aria-label="Article text with evidence marked"
          className="rounded border border-line bg-surface p-3 lg:sticky lg:top-2 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto"
        >
          <ArticleText text={props.text} facts={finalFacts} active={active} onActivate={setActive} />
        </div>
      </section>
      <section aria-labelledby="facts-title" className="min-w-0">
        <div className="mb-2 flex flex-wrap items-baseline gap-2">
          <h2 id="facts-title" className="text-base font-semibold">
            Extracted facts <span className="tabular font-normal text-muted">({facts.length})</span>
          </h2>
          <div className="ml-auto flex gap-2">
            <button type="button" className={buttonClass} disabled={sending} onClick={() => review.setAll("accept")}>
              Accept all
            </button>
            <button type="button" className={buttonClass} disabled={sending} onClick={() => review.setAll("reject")}>
              Reject all
            </button>
          </div>
        </div>
        {facts.length === 0 && <p className="rounded border border-line p-3 text-sm">The extractor found no facts in this article.</p>}
        <div className="space-y-4">
          {FACT_TYPES.map((type) => {
            const group = finalFacts.filter((f) => f.type === type);
            if (group.length === 0) return null;
            return (
              <section key={type} aria-labelledby={`group-${type}`} className="space-y-2">
                <h3 id={`group-${type}`} className="text-sm font-semibold text-muted">
                  {FACT_TYPE_LABELS[type].many} <span className="tabular">({group.length})</span>
                </h3>
                {group.map((f) => {
                  const m = matches[f.key];
                  const roundKey = m.type === "participant" ? m.roundKey : null;
                  const roundAction = roundKey ? cards[roundKey]?.action : null;
                  return (
                    <FactCard
                      key={f.key}
                      fact={f}
                      card={cards[f.key]}
                      match={m}
                      world={props.world}
                      roundAccepted={roundAction === "accept" || roundAction === "edit"}
                      draftErrors={review.drafts[f.key]?.errors ?? null}
                      errors={errors[f.key] ?? []}
                      disabled={sending}
                      onChange={(change) => review.update(f.key, change)}
                      onActivate={setActive}
                      active={active === f.key}
                    />
                  );
                })}
              </section>
            );
          })}
        </div>
        <div className="sticky bottom-0 -mx-4 mt-4 flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-line bg-bg px-4 py-2">
          <button type="button" onClick={submit} disabled={sending || facts.length === 0} className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-surface disabled:opacity-60">
            {sending ? "Recording…" : "Record decisions"}
          </button>
          <span className="tabular text-xs text-muted">
            {counts.accept} accept · {counts.edit} edit · {counts.reject} reject · {counts.undecided} undecided
          </span>
          {problemText && (
            <p role="alert" className="w-full text-xs font-medium text-kind-tariff">
              {problemText}
            </p>
          )}
        </div>
      </section>
    </div>
  );
}
