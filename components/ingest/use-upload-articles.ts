"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { z } from "zod";
import { friendlyIssue } from "@/components/forms/error-map";
import { useLeaveGuard } from "@/components/forms/use-leave-guard";
import { uploadDefaultsSchema, type UploadDefaults } from "@/lib/validation/article";
import { uploadFile } from "./ingest-api";
import { defaultsErrors, RETRYABLE, uploadOutcome, type UploadOutcome } from "./upload-results";

export const FILE_INPUT_ID = "upload-files";

/** The defaults sit under one name so their inputs' ids differ from the paste form's. */
const uploadFormSchema = z.object({ defaults: uploadDefaultsSchema });
type UploadFields = { defaults: { [K in keyof UploadDefaults]-?: string } };
type UploadOutput = z.output<typeof uploadFormSchema>;

class DefaultsRefused extends Error {
  constructor(readonly fields: Record<string, string>) {
    super("The server refused the defaults");
  }
}

/**
 * The upload's state: the chosen files, the batch defaults (checked with the server's schema),
 * and the per-file results. Files go one request each, in turn, so one file's failure never
 * stops another's store and the shared SQLite writer is never flooded.
 */
export function useUploadArticles() {
  const form = useForm<UploadFields, unknown, UploadOutput>({
    resolver: zodResolver(uploadFormSchema, { error: friendlyIssue }) as unknown as Resolver<UploadFields, unknown, UploadOutput>,
    defaultValues: { defaults: { publisher: "", publishedAt: "", timeZone: "" } },
    mode: "onSubmit",
  });
  const [files, setFiles] = useState<File[]>([]);
  const [results, setResults] = useState<UploadOutcome[]>([]);
  const [noFiles, setNoFiles] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useLeaveGuard(files.length > 0 || form.formState.isDirty);

  const upload = useMutation({
    mutationFn: async ({ batch, defaults }: { batch: File[]; defaults: UploadDefaults }) => {
      const outcomes: UploadOutcome[] = [];
      for (const [i, file] of batch.entries()) {
        setProgress({ done: i, total: batch.length });
        const answer = await uploadFile(file, defaults);
        const refused = defaultsErrors(answer.status, answer.body);
        if (refused) throw new DefaultsRefused(refused);
        outcomes.push(uploadOutcome(file.name, answer.status, answer.body));
      }
      return outcomes;
    },
    onSettled: () => setProgress(null),
  });

  const addFiles = (added: File[]) => {
    const key = (f: File) => `${f.name}:${f.size}:${f.lastModified}`;
    setNoFiles(false);
    setFiles((current) => [...current, ...added.filter((f) => !current.some((c) => key(c) === key(f)))]);
  };
  const removeFile = (index: number) => setFiles((current) => current.filter((_, i) => i !== index));

  const submit = form.handleSubmit(({ defaults }) => {
    const batch = files;
    if (batch.length === 0) {
      setNoFiles(true);
      document.getElementById(FILE_INPUT_ID)?.focus();
      return;
    }
    upload.mutate(
      { batch, defaults },
      {
        onSuccess: (outcomes) => {
          setResults(outcomes);
          // Files that may store once a default time is given (or the server answers) stay chosen.
          setFiles(batch.filter((_, i) => RETRYABLE.has(outcomes[i].state)));
          form.reset(form.getValues());
        },
        onError: (error) => {
          if (!(error instanceof DefaultsRefused)) return;
          for (const [key, message] of Object.entries(error.fields)) form.setError(`defaults.${key as keyof UploadDefaults}`, { type: "server", message });
        },
      },
    );
  });

  return { form, files, noFiles, addFiles, removeFile, submit, results, progress, uploading: upload.isPending, error: upload.error };
}
