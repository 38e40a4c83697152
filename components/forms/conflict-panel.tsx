"use client";

import { useEffect, useRef } from "react";
import type { FieldChange } from "./diff";

interface Props {
  label: string;
  version: number;
  deleted: boolean;
  changes: FieldChange[];
  onReapply: () => void;
  onDiscard: () => void;
}

/**
 * Shown when a save was based on an old version (409): what the other save changed, field by field,
 * beside the editor's own input, which stays in the form until they choose.
 */
export function ConflictPanel({ label, version, deleted, changes, onReapply, onDiscard }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="conflict-title" className="space-y-3 rounded border-2 border-kind-milestone bg-surface p-3" data-testid="conflict-panel">
      <h2 id="conflict-title" ref={heading} tabIndex={-1} className="text-base font-semibold">
        Someone else saved this {label} while you were editing
      </h2>
      <p className="text-sm">
        {deleted
          ? `It was deleted meanwhile (now version ${version}). Restore it before saving your changes, or leave them.`
          : `It is now at version ${version}. Your input is still in the form below; nothing of yours was saved.`}
      </p>
      {changes.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="data">
            <caption className="sr-only">Fields changed since you opened the form</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Saved meanwhile</th>
                <th scope="col">Yours</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.path} data-testid="conflict-change">
                  <th scope="row" className="tt-rowhead">
                    {c.label}
                    {c.clash && <span className="block text-xs font-semibold text-kind-milestone">both changed</span>}
                  </th>
                  <td className="break-words">{c.theirs}</td>
                  <td className="break-words">{c.yours}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-muted">None of the fields in this form differ; the other save changed only its version.</p>
      )}
      {!deleted && (
        <p className="text-xs text-muted">
          Re-applying keeps every field you changed and takes their version of all the others; where both of you changed a field,
          yours is kept. Review the form, then save again.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {!deleted && (
          <button type="button" onClick={onReapply} className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-surface">
            Re-apply my changes to version {version}
          </button>
        )}
        <button type="button" onClick={onDiscard} className="rounded border border-line bg-surface px-3 py-1.5 text-sm">
          Discard mine, load version {version}
        </button>
      </div>
    </section>
  );
}
