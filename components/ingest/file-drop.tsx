"use client";

import { useState, type DragEvent } from "react";
import { formatBytes } from "@/lib/format/bytes";
import { MAX_ARTICLE_BYTES } from "@/lib/ingest/limits";
import { ACCEPT, fileWarning } from "./upload-results";


interface Props {
  inputId: string;
  files: File[];
  invalid: boolean;
  disabled: boolean;
  onAdd: (files: File[]) => void;
  onRemove: (index: number) => void;
}

/** The file picker, which also takes files dropped on it, and the list of files chosen so far. */
export function FileDrop({ inputId, files, invalid, disabled, onAdd, onRemove }: Props) {
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) onAdd(Array.from(event.dataTransfer.files));
  };
  const errorId = `${inputId}-error`;
  return (
    <div className="space-y-2">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`rounded border-2 border-dashed p-4 text-sm ${
          over ? "border-accent bg-surface" : invalid ? "border-kind-tariff" : "border-line"
        }`}
      >
        <label htmlFor={inputId} className="block font-medium">
          Choose files
        </label>
        <p id={`${inputId}-hint`} className="mt-0.5 text-xs text-muted">
          Or drop them here. .txt, .html or .md, up to {formatBytes(MAX_ARTICLE_BYTES)} each; choose several at once.
        </p>
        <input
          id={inputId}
          type="file"
          multiple
          accept={ACCEPT}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={`${inputId}-hint${invalid ? ` ${errorId}` : ""}`}
          onChange={(event) => {
            onAdd(Array.from(event.target.files ?? []));
            // Cleared so that choosing the same file again after removing it still registers.
            event.target.value = "";
          }}
          className="mt-2 block w-full text-sm file:mr-3 file:rounded file:border file:border-line file:bg-bg file:px-3 file:py-1 file:text-fg"
        />
        {invalid && (
          <p id={errorId} className="mt-1 text-xs font-medium text-kind-tariff">
            <span aria-hidden>⚠ </span>Choose at least one file to upload
          </p>
        )}
      </div>
      {files.length > 0 && (
        <ul aria-label="Files to upload" className="divide-y divide-line rounded border border-line bg-surface text-sm">
          {files.map((file, i) => {
            const warning = fileWarning(file);
            return (
              <li key={`${file.name}:${file.size}:${file.lastModified}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 px-3 py-1.5">
                <span className="min-w-0 break-all font-medium">{file.name}</span>
                <span className="tabular text-xs text-muted">{formatBytes(file.size)}</span>
                {warning && <span className="text-xs text-kind-milestone">{warning}</span>}
                <button type="button" disabled={disabled} onClick={() => onRemove(i)} aria-label={`Remove ${file.name}`} className="ml-auto text-xs text-accent underline underline-offset-2 disabled:opacity-60">
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
