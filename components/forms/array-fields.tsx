"use client";

import type { ReactNode } from "react";
import { get, useFormContext } from "react-hook-form";
import { FieldMessage, fieldId } from "./field";

/** An error about a whole list ("Each person takes part once"), wherever the resolver or server put it. */
export function useArrayError(name: string) {
  const { formState } = useFormContext();
  const error = get(formState.errors, name) as { message?: string; root?: { message?: string } } | undefined;
  const message = error?.root?.message ?? (typeof error?.message === "string" ? error.message : undefined);
  return { id: `${fieldId(name)}-error`, message };
}

/** A repeatable group (participants, numberings, sources): legend, list-level error, rows, add button. */
export function ArrayFieldset({
  name,
  legend,
  description,
  addLabel,
  onAdd,
  empty,
  count,
  children,
}: {
  name: string;
  legend: string;
  description?: string;
  addLabel: string;
  onAdd: () => void;
  empty: string;
  count: number;
  children: ReactNode;
}) {
  const error = useArrayError(name);
  const descriptionId = description ? `${fieldId(name)}-description` : undefined;
  return (
    <fieldset
      id={fieldId(name)}
      tabIndex={-1}
      className="space-y-3 rounded border border-line p-3"
      aria-describedby={[descriptionId, error.message ? error.id : null].filter(Boolean).join(" ") || undefined}
    >
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {description && (
        <p id={descriptionId} className="text-xs text-muted">
          {description}
        </p>
      )}
      <FieldMessage id={error.id} message={error.message} />
      {count === 0 && <p className="text-sm text-muted">{empty}</p>}
      {children}
      <button type="button" onClick={onAdd} className="rounded border border-line bg-surface px-2 py-1 text-sm">
        + {addLabel}
      </button>
    </fieldset>
  );
}

/** One row of a repeatable group, with its remove button. */
export function ArrayRow({ label, onRemove, children }: { label: string; onRemove: () => void; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="grid gap-3 border-t border-line pt-3 first-of-type:border-t-0 first-of-type:pt-0">
      {children}
      <div>
        <button type="button" onClick={onRemove} className="text-sm text-accent underline underline-offset-2">
          Remove {label.charAt(0).toLowerCase() + label.slice(1)}
        </button>
      </div>
    </div>
  );
}
