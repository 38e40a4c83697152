"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { FormProvider, type FieldValues } from "react-hook-form";
import { ConflictPanel } from "./conflict-panel";
import { DeleteRestoreControls } from "./delete-restore";
import { ErrorSummary } from "./error-summary";
import { TextField } from "./field";
import { RECORD_LABELS, type RecordType } from "./records";
import { FORM_ID } from "./server-errors";
import type { RecordFormState } from "./use-record-form";

interface Props<T extends FieldValues> {
  type: RecordType;
  state: RecordFormState<T>;
  title: string;
  /** Where readers see this record (edit pages only). */
  viewHref?: string;
  children: ReactNode;
}

/**
 * The frame every editor form shares: messages, conflict panel, error summary, the fields, the change
 * reason (edits), and a save bar that stays in view; delete/restore for existing records.
 */
export function RecordFormShell<T extends FieldValues>({ type, state, title, viewHref, children }: Props<T>) {
  const { form, editing, base, record, conflict } = state;
  const label = RECORD_LABELS[type];
  const deleted = Boolean(record?.deletedAt);
  return (
    <FormProvider {...form}>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
        <h1 id="form-title" className="text-xl font-semibold">
          {title}
        </h1>
        {editing && record && base && (
          <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
            <span className="tabular">Version {base.version}</span>
            {viewHref && !deleted && <Link href={viewHref}>View the {label}</Link>}
            <DeleteRestoreControls
              type={type}
              id={record.id}
              version={base.version}
              deleted={deleted}
              onChanged={(r) => {
                state.setBase({ values: base.values, version: r.version });
                state.setNotice(r.deleted ? `Deleted (version ${r.version}). Restore it to edit again.` : `Restored as version ${r.version}.`);
              }}
              onConflict={state.openConflict}
            />
          </div>
        )}
      </div>
      <form id={FORM_ID} onSubmit={state.onSubmit} noValidate aria-labelledby="form-title" className="space-y-5">
        {state.notice && (
          <p role="status" className="rounded border border-line bg-surface px-3 py-2 text-sm">
            {state.notice}
          </p>
        )}
        {deleted && (
          <p className="rounded border border-kind-tariff px-3 py-2 text-sm">
            This {label} is deleted: it is hidden from readers and cannot be edited until it is restored.
          </p>
        )}
        {conflict && (
          <ConflictPanel
            label={label}
            version={conflict.snapshot.version}
            deleted={Boolean(conflict.snapshot.deletedAt)}
            changes={conflict.changes}
            onReapply={conflict.reapplyMine}
            onDiscard={conflict.discardMine}
          />
        )}
        {state.newerSaved && (
          <p role="status" className="rounded border border-kind-milestone px-3 py-2 text-sm">
            Someone else saved a newer version of this {label} after you opened it.{" "}
            <button type="button" onClick={state.showNewer} className="text-accent underline underline-offset-2">
              Compare with your input
            </button>
          </p>
        )}
        <ErrorSummary items={state.errorItems} />
        <fieldset disabled={deleted} className="min-w-0 space-y-5">
          <legend className="sr-only">{title}</legend>
          {children}
          {editing && (
            <TextField
              name="reason"
              label="Reason for this change"
              required
              hint="Kept in the record's history, e.g. “Rate corrected per the Federal Register notice”."
            />
          )}
        </fieldset>
        <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-line bg-bg px-4 py-3">
          <button
            type="submit"
            disabled={state.saving || deleted}
            className="rounded bg-accent px-4 py-1.5 font-medium text-surface disabled:opacity-60"
          >
            {state.saving ? "Saving…" : editing ? "Save changes" : `Create ${label}`}
          </button>
          {editing && base && <span className="tabular text-xs text-muted">Your save is based on version {base.version}.</span>}
          {form.formState.isDirty && <span className="text-xs text-muted">Unsaved changes</span>}
        </div>
      </form>
    </FormProvider>
  );
}
