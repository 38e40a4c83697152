"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";

interface RevertButtonProps {
  revisionId: string;
  /** The record's version when the page was rendered: the revert only lands if it is still current. */
  baseVersion: number;
  /** "the version of 26 Nov 2026, 01:22 UTC": tells the buttons of a long history apart for screen readers. */
  versionName: string;
}

type State =
  | { status: "closed" | "open" | "pending" }
  | { status: "done"; version: number }
  | { status: "conflict"; currentVersion?: number }
  | { status: "error"; message: string; field?: boolean };

interface ErrorBody {
  error?: { message?: string; fields?: Record<string, string>; current?: { version?: number } };
}

function messageFor(status: number, body: ErrorBody): string {
  if (status === 401) return "Your session has ended. Sign in again to revert.";
  if (status === 403) return "Only editors can revert records.";
  if (status === 404) return "This record no longer exists or is deleted; restore it before reverting.";
  return body.error?.message ?? "Reverting failed. Check your connection and try again.";
}

/**
 * "Revert to this version": asks why, then POSTs /api/v1/revisions/<id>/revert with the version
 * the page showed. The server writes the revert as a new revision; a 409 means someone changed
 * the record meanwhile, and the editor reloads the history before deciding again.
 */
export function RevertButton({ revisionId, baseVersion, versionName }: RevertButtonProps) {
  const router = useRouter();
  const [state, setState] = useState<State>({ status: "closed" });
  const [reason, setReason] = useState("");
  const id = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const open = state.status === "open" || state.status === "pending" || (state.status === "error" && state.field === true);

  useEffect(() => {
    if (state.status === "open") reasonRef.current?.focus();
    if (state.status === "conflict" || (state.status === "error" && !state.field)) messageRef.current?.focus();
  }, [state]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setState({ status: "pending" });
    try {
      const response = await fetch(`/api/v1/revisions/${encodeURIComponent(revisionId)}/revert`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ baseVersion, reason }),
      });
      const body = (await response.json().catch(() => ({}))) as ErrorBody & { version?: number };
      if (response.ok) {
        setState({ status: "done", version: body.version ?? baseVersion + 1 });
        setReason("");
        router.refresh();
      } else if (response.status === 409) {
        setState({ status: "conflict", currentVersion: body.error?.current?.version });
      } else if (response.status === 400 && body.error?.fields?.reason) {
        setState({ status: "error", message: body.error.fields.reason, field: true });
      } else {
        setState({ status: "error", message: messageFor(response.status, body) });
      }
    } catch {
      setState({ status: "error", message: "Reverting failed. Check your connection and try again." });
    }
  }

  const fieldError = state.status === "error" && state.field ? state.message : null;
  return (
    <div className="mt-2 text-sm">
      {!open && (
        <button
          type="button"
          onClick={() => setState({ status: "open" })}
          className="rounded border border-line px-2 py-0.5"
        >
          Revert to this version<span className="sr-only"> ({versionName})</span>
        </button>
      )}
      {open && (
        <form id={`${id}-form`} onSubmit={submit} className="max-w-xl space-y-2 rounded border border-line p-3">
          <label htmlFor={`${id}-reason`} className="block font-medium">
            Why return to {versionName}?
          </label>
          <textarea
            ref={reasonRef}
            id={`${id}-reason`}
            name="reason"
            required
            minLength={3}
            maxLength={500}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${id}-reason-error` : `${id}-reason-hint`}
            className="w-full rounded border border-line bg-surface px-2 py-1"
          />
          {fieldError ? (
            <p id={`${id}-reason-error`} className="text-kind-tariff">
              {fieldError}
            </p>
          ) : (
            <p id={`${id}-reason-hint`} className="text-muted">
              The revert is saved as a new revision with this reason; nothing in the history is erased.
            </p>
          )}
          <div className="flex gap-2">
            <button type="submit" disabled={state.status === "pending"} className="rounded bg-accent px-3 py-1 font-medium text-surface disabled:opacity-60">
              {state.status === "pending" ? "Reverting…" : "Revert"}
            </button>
            <button type="button" onClick={() => setState({ status: "closed" })} className="rounded border border-line px-3 py-1">
              Cancel
            </button>
          </div>
        </form>
      )}
      {state.status === "done" && (
        <p role="status" className="mt-1 text-muted">
          Reverted: the record is now at version {state.version}, listed at the top as a new revision.
        </p>
      )}
      {state.status === "conflict" && (
        <div className="mt-1 rounded border border-kind-tariff px-3 py-2">
          <p ref={messageRef} tabIndex={-1} role="alert">
            Not reverted: this record was changed by someone else since you opened this page
            {state.currentVersion ? ` (it is now at version ${state.currentVersion})` : ""}. Reload the history to see that
            change, then decide again.
          </p>
          <button
            type="button"
            onClick={() => {
              setState({ status: "closed" });
              router.refresh();
            }}
            className="mt-2 rounded border border-line px-2 py-0.5"
          >
            Reload history
          </button>
        </div>
      )}
      {state.status === "error" && !state.field && (
        <p ref={messageRef} tabIndex={-1} role="alert" className="mt-1 text-kind-tariff">
          {state.message}
        </p>
      )}
    </div>
  );
}
