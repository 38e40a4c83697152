"use client";

import { useState } from "react";

/** Copies the round's short link, which keeps working after renames and renumbering. */
export function CopyLinkButton({ url }: { url: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        className="rounded border border-line bg-surface px-3 py-1 text-sm font-medium"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(new URL(url, window.location.href).toString());
            setState("copied");
          } catch {
            setState("failed");
          }
        }}
      >
        Copy link
      </button>
      <span role="status" className="text-xs text-muted">
        {state === "copied" ? "Link copied" : state === "failed" ? `Copy this link: ${url}` : ""}
      </span>
    </span>
  );
}
