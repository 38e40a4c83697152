"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { eventKeys } from "@/lib/query/events";
import { fetchJson } from "@/lib/query/fetch-json";
import { tariffLevelsKeys } from "@/lib/query/tariff-levels";
import { listFacts, type ReviewFact } from "@/lib/review/facts";
import { matchFacts, type ArticleSource, type FactMatch, type MatchWorld } from "@/lib/review/match";
import type { RecordAs, ReviewDecision, ReviewResult } from "@/lib/review/review-input";
import type { Extraction } from "@/lib/extraction/schema";
import { readDraft, toDraft, type Draft } from "./drafts";

export type Choice = "accept" | "edit" | "reject";

export interface CardState {
  action: Choice | null;
  recordAs: RecordAs;
  draft: Draft;
}

interface Failure {
  status: number;
  message: string;
  fields: Record<string, string>;
}

export interface ReviewProps {
  articleId: string;
  extractionId: string;
  result: Extraction;
  world: MatchWorld;
  source: ArticleSource;
}

/** The fact key a server field error is about: "tariff:2.rate" → "tariff:2". */
const cardOf = (path: string) => path.split(".")[0];

/**
 * The review's state: a decision per fact, edits as drafts, and the match re-run in the browser on
 * the edited values (the server re-runs it on fresh records when the review is sent).
 */
export function useReview({ articleId, extractionId, result, world, source }: ReviewProps) {
  const facts = useMemo(() => listFacts(result), [result]);
  const [cards, setCards] = useState<Record<string, CardState>>(() =>
    Object.fromEntries(facts.map((f) => [f.key, { action: null, recordAs: "match", draft: toDraft(f) }])),
  );
  const [checked, setChecked] = useState<Record<string, string>>({});
  const client = useQueryClient();

  const drafts = useMemo(() => {
    const out: Record<string, ReturnType<typeof readDraft>> = {};
    for (const f of facts) if (cards[f.key].action === "edit") out[f.key] = readDraft(f, cards[f.key].draft);
    return out;
  }, [facts, cards]);

  const finalFacts = useMemo(
    () => facts.map((f) => (drafts[f.key]?.values ? ({ ...f, values: drafts[f.key].values } as ReviewFact) : f)),
    [facts, drafts],
  );
  const matches: Record<string, FactMatch> = useMemo(() => matchFacts(finalFacts, world, source), [finalFacts, world, source]);

  const mutation = useMutation<ReviewResult, Failure, ReviewDecision[]>({
    mutationFn: async (decisions) => {
      try {
        return await fetchJson<ReviewResult>(`/api/v1/articles/${encodeURIComponent(articleId)}/review`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ extractionId, decisions }),
        });
      } catch (error) {
        const e = error as { status?: number; body?: { error?: { message?: string; fields?: Record<string, string> } }; message?: string };
        throw { status: e.status ?? 0, message: e.body?.error?.message ?? e.message ?? "The review could not be sent", fields: e.body?.error?.fields ?? {} };
      }
    },
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: eventKeys.all }), client.invalidateQueries({ queryKey: tariffLevelsKeys.all })]),
  });

  const update = (key: string, change: Partial<CardState>) => {
    setCards((all) => ({ ...all, [key]: { ...all[key], ...change } }));
    setChecked((all) => {
      const { [key]: _dropped, ...rest } = all;
      return rest;
    });
  };
  const setAll = (action: Choice) => {
    setCards((all) => Object.fromEntries(Object.entries(all).map(([key, card]) => [key, { ...card, action: card.action === "edit" && action === "accept" ? "edit" : action }])));
    setChecked({});
  };

  /** Messages per card: the browser's own checks first, then what the server said. */
  const errors = useMemo(() => {
    const out: Record<string, string[]> = {};
    const add = (key: string, message: string) => (out[key] ??= []).includes(message) || out[key].push(message);
    for (const [key, message] of Object.entries(checked)) add(key, message);
    for (const [path, message] of Object.entries(mutation.error?.fields ?? {})) add(cardOf(path), message);
    return out;
  }, [checked, mutation.error]);

  /** Checks every card, then sends; returns the key of the first card that needs attention, if any. */
  const submit = (): string | null => {
    const problems: Record<string, string> = {};
    for (const f of facts) {
      const card = cards[f.key];
      const m = matches[f.key];
      if (!card.action) problems[f.key] = "Accept, edit or reject this fact.";
      else if (card.action === "edit" && drafts[f.key]?.errors) problems[f.key] = "Correct the highlighted fields.";
      else if (card.action !== "reject" && m.type === "round" && m.status === "unmatched") problems[f.key] = m.summary;
    }
    setChecked(problems);
    const first = facts.find((f) => problems[f.key]);
    if (first) return first.key;
    const decisions: ReviewDecision[] = facts.map((f) => {
      const card = cards[f.key];
      if (card.action === "reject") return { key: f.key, action: "reject" };
      if (card.action === "edit") return { key: f.key, action: "edit", recordAs: card.recordAs, values: { ...drafts[f.key].values } };
      return { key: f.key, action: "accept", recordAs: card.recordAs };
    });
    mutation.mutate(decisions);
    return null;
  };

  const counts = { accept: 0, edit: 0, reject: 0, undecided: 0 };
  for (const f of facts) counts[cards[f.key].action ?? "undecided"]++;

  return { facts, finalFacts, cards, drafts, matches, errors, counts, update, setAll, submit, mutation };
}
