"use client";

import { Badge } from "@/components/ui/badge";
import { describeEffect, describeFact, describeLink, hasStoredMatch, matchWord, recordAsLabels } from "@/lib/review/describe";
import type { ReviewFact } from "@/lib/review/facts";
import type { FactMatch, MatchWorld } from "@/lib/review/match";
import type { RecordAs } from "@/lib/review/review-input";
import type { Draft } from "./drafts";
import { FactFields } from "./fact-fields";
import { cardId, evidenceId, titleLabel } from "./ids";
import type { CardState, Choice } from "./use-review";

const TONE = { round: "round", tariff: "tariff", milestone: "milestone", participant: "neutral" } as const;
const CHOICES: [Choice, string][] = [
  ["accept", "Accept"],
  ["edit", "Edit, then accept"],
  ["reject", "Reject"],
];

interface Props {
  fact: ReviewFact;
  card: CardState;
  match: FactMatch;
  world: MatchWorld;
  roundAccepted: boolean;
  draftErrors: Record<string, string> | null;
  errors: string[];
  disabled: boolean;
  onChange: (change: Partial<CardState>) => void;
  onActivate: (key: string | null) => void;
  active: boolean;
}

/** One extracted fact: what it says, what it matches, what accepting it writes, and the editor's decision. */
export function FactCard({ fact, card, match, world, roundAccepted, draftErrors, errors, disabled, onChange, onActivate, active }: Props) {
  const id = cardId(fact.key);
  const name = `${id}-decision`;
  const labels = recordAsLabels(match);
  const chosen = card.action === "accept" || card.action === "edit";
  const link = describeLink(fact);
  const border = errors.length ? "border-kind-tariff border-2" : active ? "border-accent" : "border-line";
  return (
    <article
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      onFocusCapture={() => onActivate(fact.key)}
      onMouseEnter={() => onActivate(fact.key)}
      className={`scroll-mt-4 rounded border bg-surface p-3 text-sm ${border} ${card.action === "reject" ? "opacity-75" : ""}`}
    >
      <header className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <h3 id={`${id}-title`} className="font-semibold">
          {titleLabel(fact)}
        </h3>
        <Badge tone={TONE[fact.type]}>{matchWord(match)}</Badge>
        <span className="tabular text-xs text-muted">confidence {Math.round(fact.values.confidence * 100)}%</span>
        <a href={`#${evidenceId(fact.key)}`} className="ml-auto text-xs">
          Show in article
        </a>
      </header>
      <p className="mt-1 font-medium">{describeFact(fact)}</p>
      {link && (
        <p className="mt-1 text-xs text-muted" data-testid="fact-link">
          {link.text}
          {link.reference && (
            <>
              {" "}
              <a href={link.reference} rel="noopener noreferrer nofollow" target="_blank">
                Source of the office
              </a>
            </>
          )}
        </p>
      )}
      <p className="mt-1">{match.summary}</p>
      {match.notes.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-xs text-muted">
          {match.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <fieldset disabled={disabled} className="mt-2 min-w-0">
        <legend className="sr-only">Decision on {titleLabel(fact).toLowerCase()}</legend>
        <div className="inline-flex flex-wrap overflow-hidden rounded border border-line">
          {CHOICES.map(([value, label]) => (
            <label
              key={value}
              className="relative cursor-pointer border-line px-2.5 py-1 text-xs font-medium not-first:border-l has-checked:bg-accent has-checked:text-surface has-focus-visible:outline-2 has-focus-visible:outline-accent has-focus-visible:outline-solid"
            >
              <input
                type="radio"
                name={name}
                value={value}
                checked={card.action === value}
                onChange={() => onChange({ action: value })}
                // Invisible but covering its label: the whole segment is the radio, for pointer and keyboard alike.
                className="absolute inset-0 m-0 cursor-pointer appearance-none opacity-0"
              />
              {label}
            </label>
          ))}
        </div>
        {chosen && hasStoredMatch(match) && (
          <fieldset className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
            <legend className="float-left mr-2 font-medium">Record as:</legend>
            {(["match", "new"] as RecordAs[]).map((value) => (
              <label key={value} className="inline-flex items-center gap-1">
                <input type="radio" name={`${id}-record-as`} checked={card.recordAs === value} onChange={() => onChange({ recordAs: value })} />
                {labels[value]}
              </label>
            ))}
          </fieldset>
        )}
        {card.action === "edit" && (
          <div className="mt-2">
            <FactFields fact={fact} draft={card.draft} errors={draftErrors} onChange={(draft: Draft) => onChange({ draft })} />
          </div>
        )}
      </fieldset>
      {chosen && <p className="mt-2 text-xs">Accepting: {describeEffect(fact, match, card.recordAs, world, roundAccepted)}</p>}
      {errors.length > 0 && (
        <ul id={`${id}-errors`} className="mt-2 space-y-0.5 text-xs font-medium text-kind-tariff">
          {errors.map((e) => (
            <li key={e}>
              <span aria-hidden>⚠ </span>
              {e}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
