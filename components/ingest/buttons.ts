/** The ingest forms' buttons, matching the record forms' save bar and the review's small buttons. */
export const primaryButton = "rounded bg-accent px-4 py-1.5 text-sm font-medium text-surface disabled:opacity-60";
export const secondaryButton = "rounded border border-line bg-surface px-3 py-1.5 text-sm font-medium disabled:opacity-60";
