"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { ROLES } from "@/lib/domain/actor";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/permissions";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-limits";
import { IDLE } from "./action-result";
import { createAccountAction } from "./actions";

const FIELD = "mt-1 w-full rounded border border-line bg-surface px-2 py-1";

/** Adds an account; there is no public sign-up. The form keeps its values when it is refused. */
export function CreateAccountForm() {
  const [result, action, pending] = useActionState(createAccountAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  // Submitting through a transition (not the form's action) keeps what was typed when the server
  // refuses it; React would reset the fields otherwise. Cleared only once the account exists.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  useEffect(() => {
    if (result.status === "ok") formRef.current?.reset();
  }, [result]);
  const fieldError = (name: string) => (result.status === "error" ? result.fields?.[name] : undefined);
  const describe = (name: string) => (fieldError(name) ? `new-${name}-error` : undefined);
  const fields = [
    { name: "email", label: "Email", type: "email", autoComplete: "off" },
    { name: "name", label: "Display name", type: "text", autoComplete: "off" },
    { name: "password", label: `Initial password (${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters)`, type: "password", autoComplete: "new-password" },
  ] as const;
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2">
      {fields.map((field) => (
        <div key={field.name}>
          <label htmlFor={`new-${field.name}`} className="block text-sm font-medium">
            {field.label}
          </label>
          <input
            id={`new-${field.name}`}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            required
            maxLength={field.name === "password" ? MAX_PASSWORD_LENGTH : 200}
            aria-invalid={fieldError(field.name) ? true : undefined}
            aria-describedby={describe(field.name)}
            className={FIELD}
          />
          {fieldError(field.name) && (
            <p id={`new-${field.name}-error`} className="mt-1 text-sm text-kind-tariff">
              {fieldError(field.name)}
            </p>
          )}
        </div>
      ))}
      <div>
        <label htmlFor="new-role" className="block text-sm font-medium">
          Role
        </label>
        <select id="new-role" name="role" defaultValue="viewer" className={FIELD}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]} — {ROLE_DESCRIPTIONS[role]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-accent px-3 py-1.5 font-medium text-surface disabled:opacity-60">
          {pending ? "Creating…" : "Create account"}
        </button>
        {result.status !== "idle" && (
          <p role={result.status === "error" ? "alert" : "status"} className={result.status === "error" ? "text-sm text-kind-tariff" : "text-sm text-muted"}>
            {result.message}
          </p>
        )}
      </div>
    </form>
  );
}
