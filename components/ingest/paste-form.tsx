"use client";

import Link from "next/link";
import type { KeyboardEvent } from "react";
import { FormProvider, useWatch } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldId, TextAreaField, TextField } from "@/components/forms/field";
import { BODY_KIND_LABELS, guessFormat, PUBLISHED_AT_EXAMPLE } from "@/lib/validation/article-paste";
import { BODY_KINDS } from "@/lib/validation/article";
import { DetectedNotice } from "./detected-notice";
import { primaryButton, secondaryButton } from "./buttons";
import { TimeZoneField } from "./time-zone-field";
import { DUPLICATE_ID, PASTE_FORM_ID, reviewHref, usePasteArticle } from "./use-paste-article";

/** Paste an article, let the server detect its details, correct them, and store it for review. */
export function PasteForm() {
  const paste = usePasteArticle();
  const { form, duplicate } = paste;
  const body = useWatch({ control: form.control, name: "body" });
  // Until the editor picks a format, it follows what the box holds.
  const followFormat = (event: { target: { value: string } }) => {
    if (!form.formState.dirtyFields.format) form.setValue("format", guessFormat(event.target.value));
  };
  const busy = paste.detecting || paste.saving;
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !busy) {
      event.preventDefault();
      void paste.submit();
    }
  };

  return (
    <FormProvider {...form}>
      <form id={PASTE_FORM_ID} onSubmit={paste.submit} onKeyDown={onKeyDown} noValidate aria-labelledby="paste-title" className="space-y-4">
        <h2 id="paste-title" className="sr-only">
          Paste an article
        </h2>
        <ErrorSummary items={paste.summary} />
        {duplicate && (
          <div id={DUPLICATE_ID} tabIndex={-1} role="status" className="rounded border-2 border-kind-milestone bg-surface p-3 text-sm">
            <p className="font-semibold">This article is already stored; nothing was added.</p>
            <p className="mt-1">
              Same address or same text as <Link href={`/editor/articles/${encodeURIComponent(duplicate.id)}`}>{duplicate.title ?? "an untitled article"}</Link>
              {duplicate.publisher ? ` (${duplicate.publisher})` : ""}. <Link href={reviewHref(duplicate.id)}>Open its review</Link>
            </p>
          </div>
        )}

        <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="min-w-0 space-y-4">
            <fieldset className="min-w-0">
              <legend className="text-sm font-medium">Format</legend>
              <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {BODY_KINDS.map((kind, i) => (
                  <label key={kind} className="inline-flex items-center gap-1.5">
                    <input type="radio" value={kind} id={i === 0 ? fieldId("format") : undefined} {...form.register("format")} />
                    {BODY_KIND_LABELS[kind]}
                  </label>
                ))}
              </div>
            </fieldset>
            <TextAreaField
              name="body"
              label="Article"
              rows={14}
              required
              options={{ onChange: followFormat }}
              hint="Paste the article's text, its page's HTML or its Markdown (up to 5 MB). Menus, ads and comments in a page are left out."
            />

            <div className="flex flex-wrap items-center gap-3">
              <button type="button" onClick={() => void paste.detect()} disabled={busy} className={secondaryButton}>
                {paste.detecting ? "Detecting…" : "Detect details"}
              </button>
              <span className="text-xs text-muted">Reads the publisher, title, address and publication time from what you pasted. Stores nothing.</span>
            </div>
            {paste.detected && <DetectedNotice answer={paste.detected} stale={paste.detectedBody !== body} />}
          </div>
          <fieldset className="min-w-0 self-start rounded border border-line p-3">
            <legend className="px-1 text-sm font-semibold">Details</legend>
            <p className="mb-3 text-xs text-muted">Leave a field empty to use what the article itself says. What you enter here wins.</p>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
              <TextField name="publisher" label="Publisher" />
              <TextField name="title" label="Title" />
              <TextField name="url" label="Address (URL)" type="url" inputMode="url" className="sm:col-span-2 lg:col-span-1" />
              <TextField name="publishedAt" label="Publication time" hint={PUBLISHED_AT_EXAMPLE} />
              <TimeZoneField name="timeZone" label="Time zone" hint="Where the publisher wrote, e.g. Asia/Tokyo or +09:00. Relative dates (“Monday”) count from it." />
            </div>
          </fieldset>
        </div>

        <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-line bg-bg px-4 py-3">
          <button type="submit" disabled={busy} className={primaryButton}>
            {paste.saving ? "Saving…" : "Save and review"}
          </button>
          <span className="text-xs text-muted">
            Extracts the facts for your review; nothing becomes a record until you accept it. <kbd>Ctrl</kbd>+<kbd>Enter</kbd> saves.
          </span>
          {form.formState.isDirty && <span className="text-xs text-muted">Unsaved changes</span>}
        </div>
      </form>
    </FormProvider>
  );
}
