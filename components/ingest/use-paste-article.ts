"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, type Path, type Resolver } from "react-hook-form";
import { failureSentence, toApiFailure } from "@/components/forms/api-error";
import { friendlyIssue } from "@/components/forms/error-map";
import { applyServerErrors, ERROR_SUMMARY_ID, flattenErrors, focusFirstInvalid, type ErrorItem } from "@/components/forms/server-errors";
import { useLeaveGuard } from "@/components/forms/use-leave-guard";
import type { ArticleSummary } from "@/lib/ingest/article-json";
import {
  articlePasteSchema,
  fieldsFromPreview,
  EMPTY_PASTE,
  pasteFieldErrors,
  toArticleInput,
  type ArticlePasteFields,
  type ArticlePasteOutput,
} from "@/lib/validation/article-paste";
import { createArticle, previewArticle, type PreviewAnswer } from "./ingest-api";

export const PASTE_FORM_ID = "paste-form";
export const DUPLICATE_ID = "paste-duplicate";

export const reviewHref = (id: string) => `/editor/articles/${encodeURIComponent(id)}/review`;

/**
 * The paste form's state: the server's own rules as the resolver, "Detect details" (the preview,
 * which stores nothing) filling the details in, and "Save" creating the article and opening its
 * review; a duplicate stays on the page with a link to the stored article. Failed requests keep
 * every value and put the server's messages on the fields they name.
 */
export function usePasteArticle() {
  const router = useRouter();
  const form = useForm<ArticlePasteFields, unknown, ArticlePasteOutput>({
    // The schema's input type is wider than the form's all-text fields; the values it parses are the same.
    resolver: zodResolver(articlePasteSchema, { error: friendlyIssue }) as unknown as Resolver<ArticlePasteFields, unknown, ArticlePasteOutput>,
    defaultValues: EMPTY_PASTE,
    mode: "onSubmit",
    shouldFocusError: false,
  });
  // Snapshots of the last attempt, so live regions announce once rather than on every keystroke.
  const [summary, setSummary] = useState<ErrorItem[]>([]);
  const [duplicate, setDuplicate] = useState<ArticleSummary | null>(null);
  const [detected, setDetected] = useState<{ answer: PreviewAnswer; body: string } | null>(null);
  const [focusTarget, setFocusTarget] = useState<{ id: string; n: number } | null>(null);
  useLeaveGuard(form.formState.isDirty);

  useEffect(() => {
    if (!focusTarget) return;
    requestAnimationFrame(() =>
      focusTarget.id === ERROR_SUMMARY_ID ? focusFirstInvalid(PASTE_FORM_ID, ERROR_SUMMARY_ID) : document.getElementById(focusTarget.id)?.focus(),
    );
  }, [focusTarget]);
  const focus = (id: string) => setFocusTarget((t) => ({ id, n: (t?.n ?? 0) + 1 }));

  const preview = useMutation({ mutationFn: previewArticle });
  const save = useMutation({ mutationFn: createArticle });

  const start = () => {
    setSummary([]);
    setDuplicate(null);
  };
  const fail = (error: unknown) => {
    const failure = toApiFailure(error);
    const items = applyServerErrors(pasteFieldErrors(failure.status, failure.fields, failure.message), form.setError);
    setSummary(items.length ? items : [{ path: "", message: failureSentence(failure) }]);
    focus(ERROR_SUMMARY_ID);
  };
  const invalid = (errors: Parameters<typeof flattenErrors>[0]) => {
    setSummary(flattenErrors(errors));
    focus(ERROR_SUMMARY_ID);
  };

  const detect = form.handleSubmit((values) => {
    start();
    preview.mutate(toArticleInput(values), {
      onSuccess: (answer) => {
        const fields = fieldsFromPreview(answer);
        for (const [key, value] of Object.entries(fields)) {
          if (value !== form.getValues(key as Path<ArticlePasteFields>)) form.setValue(key as Path<ArticlePasteFields>, value, { shouldDirty: true });
        }
        setDetected({ answer, body: values.body });
      },
      onError: fail,
    });
  }, invalid);

  const submit = form.handleSubmit((values) => {
    start();
    save.mutate(toArticleInput(values), {
      onSuccess: (answer) => {
        // Stored either way: nothing typed here would be lost by leaving now.
        form.reset(form.getValues());
        if (!answer.duplicate) {
          router.push(reviewHref(answer.article.id));
          return;
        }
        setDuplicate(answer.article);
        focus(DUPLICATE_ID);
      },
      onError: fail,
    });
  }, invalid);

  return {
    form,
    detect,
    submit,
    detecting: preview.isPending,
    saving: save.isPending || (save.isSuccess && !save.data.duplicate),
    summary,
    duplicate,
    detected: detected?.answer ?? null,
    detectedBody: detected?.body ?? null,
  };
}
