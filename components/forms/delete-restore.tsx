"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { changeMetaSchema } from "@/lib/validation/mutation";
import { failureSentence, toApiFailure } from "./api-error";
import { FieldMessage, inputClass } from "./field";
import { RECORD_LABELS, type RecordType } from "./records";
import type { Snapshot } from "./use-record-form";
import { useSetDeleted } from "./use-record-mutations";

const reasonOnly = changeMetaSchema.pick({ reason: true });

interface Props {
  type: RecordType;
  id: string;
  version: number;
  deleted: boolean;
  onChanged: (result: { version: number; deleted: boolean }) => void;
  onConflict: (current: Snapshot) => void;
}

/**
 * Soft delete (or restore) with a reason, asked in a modal dialog. The record keeps its history and
 * can be restored; the timeline and chart drop it (or take it back) straight away.
 */
export function DeleteRestoreControls({ type, id, version, deleted, onChanged, onConflict }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const uid = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useSetDeleted(type, id);
  const form = useForm({ resolver: zodResolver(reasonOnly), defaultValues: { reason: "" } });
  const error = form.formState.errors.reason?.message;
  const action = deleted ? "Restore" : "Delete";
  const label = RECORD_LABELS[type];

  const open = () => {
    form.reset({ reason: "" });
    setFailure(null);
    dialog.current?.showModal();
  };
  const send = ({ reason }: { reason: string }) =>
    mutation.mutate(
      { deleted: !deleted, baseVersion: version, reason },
      {
        onSuccess: (result) => {
          dialog.current?.close();
          onChanged({ version: result.version, deleted: !deleted });
        },
        onError: (e) => {
          const f = toApiFailure(e);
          if (f.code === "conflict" && f.current) {
            dialog.current?.close();
            onConflict(f.current as Snapshot);
          } else setFailure(failureSentence(f));
        },
      },
    );

  return (
    <>
      <button
        type="button"
        onClick={open}
        className={deleted ? "rounded bg-accent px-3 py-1.5 text-sm font-medium text-surface" : "rounded border border-kind-tariff px-3 py-1.5 text-sm text-kind-tariff"}
      >
        {action} this {label}…
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${uid}-title`}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded border border-line bg-surface p-4 text-fg backdrop:bg-black/50"
      >
        <form onSubmit={(event) => void form.handleSubmit(send)(event)} noValidate className="space-y-3">
          <h2 id={`${uid}-title`} className="text-lg font-semibold">
            {action} this {label}?
          </h2>
          <p className="text-sm text-muted">
            {deleted
              ? "It comes back to the timeline, chart and pages as it was when deleted."
              : "It leaves the timeline, chart and pages but keeps its history, and can be restored."}
          </p>
          {failure && (
            <p role="alert" className="rounded border border-kind-tariff px-2 py-1 text-sm">
              {failure}
            </p>
          )}
          <div>
            <label htmlFor={`${uid}-reason`} className="block text-sm font-medium">
              Reason <span className="text-muted">(required)</span>
            </label>
            <textarea
              id={`${uid}-reason`}
              rows={2}
              autoFocus
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${uid}-error` : undefined}
              {...form.register("reason")}
              className={inputClass}
            />
            <FieldMessage id={`${uid}-error`} message={error} />
          </div>
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" onClick={() => dialog.current?.close()} className="rounded border border-line px-3 py-1.5 text-sm">
              Cancel
            </button>
            <button
              type="submit"
              disabled={mutation.isPending}
              className={deleted ? "rounded bg-accent px-3 py-1.5 text-sm font-medium text-surface" : "rounded bg-kind-tariff px-3 py-1.5 text-sm font-medium text-surface"}
            >
              {mutation.isPending ? `${action.replace(/e$/, "")}ing…` : `${action} ${label}`}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
