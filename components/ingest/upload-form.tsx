"use client";

import { FormProvider } from "react-hook-form";
import { TextField } from "@/components/forms/field";
import { PUBLISHED_AT_EXAMPLE } from "@/lib/validation/article-paste";
import { primaryButton } from "./buttons";
import { FileDrop } from "./file-drop";
import { TimeZoneField } from "./time-zone-field";
import { UploadResultList } from "./upload-result-list";
import { FILE_INPUT_ID, useUploadArticles } from "./use-upload-articles";

/** Upload one or many article files, with defaults for the files that don't state their details. */
export function UploadForm() {
  const upload = useUploadArticles();
  const { files, progress } = upload;
  const label = files.length > 1 ? `Upload ${files.length} files` : "Upload";
  return (
    <FormProvider {...upload.form}>
      <form onSubmit={upload.submit} noValidate aria-labelledby="upload-title" className="space-y-4">
        <h2 id="upload-title" className="sr-only">
          Upload article files
        </h2>
        <FileDrop
          inputId={FILE_INPUT_ID}
          files={files}
          invalid={upload.noFiles}
          disabled={upload.uploading}
          onAdd={upload.addFiles}
          onRemove={upload.removeFile}
        />
        <fieldset className="min-w-0 rounded border border-line p-3">
          <legend className="px-1 text-sm font-semibold">Defaults for files that don&apos;t state their own</legend>
          <p className="mb-3 text-xs text-muted">A file&apos;s own byline, meta tags or front matter win. Files with no publication time anywhere are not stored.</p>
          <div className="grid gap-3 sm:grid-cols-3">
            <TextField name="defaults.publisher" label="Publisher" />
            <TextField name="defaults.publishedAt" label="Publication time" hint={PUBLISHED_AT_EXAMPLE} />
            <TimeZoneField name="defaults.timeZone" label="Time zone" hint="e.g. Asia/Tokyo or +09:00" />
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={upload.uploading} className={primaryButton}>
            {upload.uploading ? "Uploading…" : label}
          </button>
          <span role="status" className="tabular text-xs text-muted">
            {progress ? `Uploading file ${progress.done + 1} of ${progress.total}…` : ""}
          </span>
        </div>
        {upload.error && !upload.form.formState.errors.defaults && (
          <p role="alert" className="text-sm text-kind-tariff">
            {upload.error.message}
          </p>
        )}
        <UploadResultList outcomes={upload.results} />
      </form>
    </FormProvider>
  );
}
