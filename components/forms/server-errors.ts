import type { FieldErrors, FieldValues, Path, UseFormSetError } from "react-hook-form";
import { fieldId } from "./field";

export interface ErrorItem {
  path: string;
  message: string;
  /** Shown on a field of the form (the summary links to it). */
  placed?: boolean;
}

/** Every message in RHF's nested errors, in the order of the object (close to the form's order). */
export function flattenErrors(errors: FieldErrors, prefix = ""): ErrorItem[] {
  const out: ErrorItem[] = [];
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value || typeof value !== "object" || key === "ref") continue;
    const path = key === "root" ? prefix.replace(/\.$/, "") : `${prefix}${key}`;
    const v = value as { message?: unknown; type?: unknown };
    if (typeof v.message === "string" && v.message && "type" in v) out.push({ path, message: v.message, placed: true });
    else out.push(...flattenErrors(value as FieldErrors, `${path}.`));
  }
  return out;
}

/**
 * Puts the server's field errors ({ "participants.0.personId": "…" }) on the form's fields. A list-level
 * error goes to the list's root; a path the form does not show stays unplaced, for the summary alone.
 */
export function applyServerErrors<T extends FieldValues>(
  fields: Record<string, string>,
  setError: UseFormSetError<T>,
  arrayNames: string[] = [],
): ErrorItem[] {
  return Object.entries(fields).map(([path, message]) => {
    if (arrayNames.includes(path)) setError(`${path}.root` as Path<T>, { type: "server", message });
    else if (document.getElementById(fieldId(path))) setError(path as Path<T>, { type: "server", message });
    else return { path, message, placed: false };
    return { path, message, placed: true };
  });
}

export const FORM_ID = "record-form";
export const ERROR_SUMMARY_ID = "error-summary";

/** Moves focus to the first field marked invalid, in page order; else to the error summary. */
export function focusFirstInvalid(formId: string, fallbackId: string): void {
  const target = document.getElementById(formId)?.querySelector<HTMLElement>('[aria-invalid="true"]:not([disabled])');
  (target ?? document.getElementById(fallbackId))?.focus();
}
