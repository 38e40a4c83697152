"use client";

import type { ReactNode } from "react";
import { get, useFormContext, type RegisterOptions } from "react-hook-form";

/** A DOM id for a field path: "participants.0.role" → "field-participants-0-role". */
export const fieldId = (name: string) => `field-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** Empty inputs mean "no value": null, which the schemas' nullable fields accept. */
export const emptyToNull = (value: unknown) => (value === "" || value === undefined ? null : value);
/** A number input: empty is null; anything else a number (NaN is refused by the schema, naming the field). */
export const toNumberOrNull = (value: unknown) => (value === "" || value == null ? null : Number(value));

export const inputClass =
  "mt-1 block w-full min-w-0 rounded border border-line bg-surface px-2 py-1 text-sm text-fg aria-[invalid=true]:border-kind-tariff aria-[invalid=true]:border-2 disabled:opacity-60";

/** The error, ids and ARIA attributes of one field: aria-invalid plus aria-describedby to its message. */
export function useFieldState(name: string, hint?: string) {
  const { formState } = useFormContext();
  const error = get(formState.errors, name) as { message?: string } | undefined;
  const id = fieldId(name);
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : undefined;
  const message = error?.message || (error ? "Check this value" : undefined);
  const describedBy = [message ? errorId : null, hintId].filter(Boolean).join(" ") || undefined;
  return { id, errorId, hintId, message, a11y: { id, "aria-invalid": message ? true : undefined, "aria-describedby": describedBy } };
}

export function FieldMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-xs font-medium text-kind-tariff">
      <span aria-hidden>⚠ </span>
      {message}
    </p>
  );
}

interface FieldProps {
  name: string;
  label: ReactNode;
  hint?: string;
  required?: boolean;
  className?: string;
  options?: RegisterOptions;
}

function FieldFrame({ label, hint, required, className, state, children }: Omit<FieldProps, "name" | "options"> & {
  state: ReturnType<typeof useFieldState>;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={state.id} className="block text-sm font-medium">
        {label}
        {required && <span className="text-muted"> (required)</span>}
      </label>
      {children}
      {hint && (
        <p id={state.hintId} className="mt-0.5 text-xs text-muted">
          {hint}
        </p>
      )}
      <FieldMessage id={state.errorId} message={state.message} />
    </div>
  );
}

export function TextField({ type = "text", inputMode, ...props }: FieldProps & { type?: string; inputMode?: "decimal" | "numeric" | "url" }) {
  const { register } = useFormContext();
  const state = useFieldState(props.name, props.hint);
  return (
    <FieldFrame {...props} state={state}>
      <input type={type} inputMode={inputMode} step={type === "number" ? "any" : undefined} {...state.a11y} {...register(props.name, props.options)} className={inputClass} />
    </FieldFrame>
  );
}

export function TextAreaField({ rows = 3, ...props }: FieldProps & { rows?: number }) {
  const { register } = useFormContext();
  const state = useFieldState(props.name, props.hint);
  return (
    <FieldFrame {...props} state={state}>
      <textarea rows={rows} {...state.a11y} {...register(props.name, props.options)} className={inputClass} />
    </FieldFrame>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export interface ChoiceGroup {
  label: string;
  choices: Choice[];
}

export function SelectField({ choices, groups, placeholder, ...props }: FieldProps & { choices?: Choice[]; groups?: ChoiceGroup[]; placeholder?: string }) {
  const { register } = useFormContext();
  const state = useFieldState(props.name, props.hint);
  const option = (c: Choice) => (
    <option key={c.value} value={c.value}>
      {c.label}
    </option>
  );
  return (
    <FieldFrame {...props} state={state}>
      <select {...state.a11y} {...register(props.name, props.options)} className={inputClass}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {choices?.map(option)}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.choices.map(option)}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Vocabulary values with their display labels, in the vocabulary's own order. */
export const choicesOf = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice[] =>
  values.map((value) => ({ value, label: labels[value] }));

/**
 * A set of values picked from a list (a negotiation's parties): checkboxes sharing one name, so the
 * field's value is the array of the checked values. The error sits on the group and its first box.
 */
export function CheckboxGroupField({ name, label, hint, required, choices, columns = "sm:grid-cols-3 lg:grid-cols-4" }: FieldProps & { choices: Choice[]; columns?: string }) {
  const { register } = useFormContext();
  const state = useFieldState(name, hint);
  return (
    <fieldset aria-describedby={state.a11y["aria-describedby"]} className="min-w-0">
      <legend className="text-sm font-medium">
        {label}
        {required && <span className="text-muted"> (required)</span>}
      </legend>
      {hint && (
        <p id={state.hintId} className="mt-0.5 text-xs text-muted">
          {hint}
        </p>
      )}
      <div className={`mt-1 grid grid-cols-1 gap-x-4 gap-y-1 rounded border border-line bg-surface p-2 text-sm ${columns}`}>
        {choices.map((c, index) => (
          <label key={c.value} className="flex items-center gap-2">
            <input
              type="checkbox"
              value={c.value}
              id={index === 0 ? state.id : undefined}
              aria-invalid={index === 0 ? state.a11y["aria-invalid"] : undefined}
              aria-describedby={index === 0 ? state.a11y["aria-describedby"] : undefined}
              {...register(name)}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
      <FieldMessage id={state.errorId} message={state.message} />
    </fieldset>
  );
}
