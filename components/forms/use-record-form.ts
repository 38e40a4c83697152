"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useForm, useWatch, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import { z } from "zod";
import { changeMetaSchema } from "@/lib/validation/mutation";
import { failureSentence, toApiFailure } from "./api-error";
import { friendlyIssue } from "./error-map";
import { changesMeanwhile, reapply, type DiffField } from "./diff";
import { recordKeys, recordQueryOptions, type RecordSnapshot, type RecordType } from "./records";
import { applyServerErrors, ERROR_SUMMARY_ID, flattenErrors, focusFirstInvalid, FORM_ID, type ErrorItem } from "./server-errors";
import { useLeaveGuard } from "./use-leave-guard";
import { useSaveRecord } from "./use-record-mutations";

type Values = Record<string, unknown>;
export type Snapshot = RecordSnapshot<Values>;

export interface RecordFormConfig<T extends FieldValues> {
  type: RecordType;
  /** The input schema the server parses with (lib/validation); edits add the change reason to it. */
  schema: z.ZodType<unknown, T>;
  diffFields: DiffField[];
  toFormValues: (snapshot: Snapshot) => T;
  /** Field arrays, whose list-level errors go to `<name>.root`. */
  arrayNames?: string[];
  /** For an edit: the record as the server rendered it. */
  initial?: Snapshot;
  /** For a new record: the starting values. */
  defaults?: T;
  onCreated?: (id: string) => void;
}

const reasonSchema = changeMetaSchema.pick({ reason: true });

/** The form's values: the record's input plus, for edits, the reason for the change. */
export type WithReason<T extends FieldValues> = T & { reason?: string };

/**
 * One editor form's state: react-hook-form with the server's own zod schema, the save mutation,
 * server errors placed on fields, focus on the first invalid field, the leave guard, and the
 * version the edit is based on, with the conflict (409) flow around it.
 */
export function useRecordForm<T extends FieldValues>(config: RecordFormConfig<T>) {
  const { type, initial, diffFields, toFormValues } = config;
  type F = WithReason<T>;
  const editing = Boolean(initial);
  const resolver = useMemo(
    () => zodResolver(editing ? z.intersection(config.schema, reasonSchema) : config.schema, { error: friendlyIssue }) as unknown as Resolver<F>,
    [editing, config.schema],
  );
  const startValues = (initial ? { ...toFormValues(initial), reason: "" } : config.defaults) as DefaultValues<F>;
  const form = useForm<F>({ resolver, defaultValues: startValues, shouldFocusError: false, mode: "onSubmit" });
  const client = useQueryClient();

  const [base, setBase] = useState<{ values: Values; version: number } | null>(() =>
    initial ? { values: toFormValues(initial), version: initial.version } : null,
  );
  const [conflict, setConflict] = useState<Snapshot | null>(null);
  // The problems of the last submit: a snapshot, so the alert is not re-announced on every keystroke.
  const [summary, setSummary] = useState<ErrorItem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  const record = useQuery({ ...recordQueryOptions<Values>(type, initial?.id ?? ""), initialData: initial, enabled: editing });
  const save = useSaveRecord(type, initial?.id);
  useLeaveGuard(form.formState.isDirty);

  useEffect(() => {
    if (focusRequest) requestAnimationFrame(() => focusFirstInvalid(FORM_ID, ERROR_SUMMARY_ID));
  }, [focusRequest]);
  const requestFocus = () => setFocusRequest((n) => n + 1);

  const onValid = (submitted: F) => {
    const { reason, ...values } = submitted as Values & { reason?: string };
    setSummary([]);
    setNotice(null);
    const meta = base ? { baseVersion: base.version, reason: reason ?? "" } : undefined;
    save.mutate(
      { values, meta },
      {
        onSuccess: (result) => {
          const current = form.getValues() as Values;
          if (!base) {
            form.reset(current as F);
            config.onCreated?.(result.id);
            return;
          }
          const { reason: _r, ...kept } = current;
          setBase({ values: kept, version: result.version ?? base.version + 1 });
          form.reset({ ...kept, reason: "" } as F);
          setNotice(`Saved as version ${result.version}. The timeline, chart and record pages show it now.`);
        },
        onError: (error) => {
          const failure = toApiFailure(error);
          if (failure.code === "conflict" && failure.current) {
            setConflict(failure.current as Snapshot);
            return;
          }
          const items = applyServerErrors(failure.fields, form.setError, config.arrayNames);
          setSummary(items.length ? items : [{ path: "", message: failureSentence(failure) }]);
          requestFocus();
        },
      },
    );
  };
  const onSubmit = form.handleSubmit(onValid, (errors) => {
    setSummary(flattenErrors(errors));
    requestFocus();
  });

  const yours = useWatch({ control: form.control }) as Values;
  const theirs = conflict ? (toFormValues(conflict) as Values) : null;
  const changes = conflict && base && theirs ? changesMeanwhile(diffFields, base.values, theirs, yours) : [];

  const adopt = useCallback(
    (snapshot: Snapshot) => {
      client.setQueryData(recordKeys.detail(type, snapshot.id), snapshot);
      setBase({ values: toFormValues(snapshot), version: snapshot.version });
      setConflict(null);
    },
    [client, type, toFormValues],
  );
  const reapplyMine = () => {
    if (!conflict || !base || !theirs) return;
    const merged = reapply(diffFields, base.values, theirs, yours);
    // Their version becomes the form's starting point, so the re-applied edits still count as unsaved.
    form.reset({ ...theirs, reason: "" } as F);
    form.reset({ ...merged, reason: yours.reason ?? "" } as F, { keepDefaultValues: true });
    adopt(conflict);
    setNotice(`Your changes are re-applied to version ${conflict.version}. Review them, then save.`);
  };
  const discardMine = () => {
    if (!conflict || !theirs) return;
    form.reset({ ...theirs, reason: "" } as F);
    adopt(conflict);
    setNotice(`Loaded version ${conflict.version}; your changes were discarded.`);
  };

  // Someone saved after this form was loaded (seen on refetch): offer the comparison before a 409.
  const latest = record.data as Snapshot | undefined;
  const newerSaved = Boolean(latest && base && latest.version > base.version && !save.isPending && !conflict);

  return {
    form,
    editing,
    onSubmit,
    saving: save.isPending,
    errorItems: summary,
    notice,
    setNotice,
    base,
    setBase,
    record: latest ?? initial ?? null,
    conflict: conflict ? { snapshot: conflict, changes, reapplyMine, discardMine } : null,
    newerSaved,
    showNewer: () => latest && setConflict(latest),
    openConflict: (snapshot: Snapshot) => setConflict(snapshot),
  };
}

export type RecordFormState<T extends FieldValues> = ReturnType<typeof useRecordForm<T>>;
