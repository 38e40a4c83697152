"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import { PasteForm } from "./paste-form";
import { TimeZoneSuggestions } from "./time-zone-field";
import { UploadForm } from "./upload-form";

export const INGEST_TABS = ["paste", "upload"] as const;
export type IngestTab = (typeof INGEST_TABS)[number];

const TAB_LABELS: Record<IngestTab, string> = { paste: "Paste text or HTML", upload: "Upload files" };

/**
 * The two ways in, as tabs (arrow keys move between them). Both panels stay mounted, so switching
 * never loses what was typed or chosen; the URL remembers the tab for a reload.
 */
export function AddArticle({ initialTab }: { initialTab: IngestTab }) {
  const [tab, setTab] = useState<IngestTab>(initialTab);
  const refs = useRef<Partial<Record<IngestTab, HTMLButtonElement | null>>>({});
  const select = (next: IngestTab, focus = false) => {
    setTab(next);
    if (focus) refs.current[next]?.focus();
    const url = new URL(window.location.href);
    if (next === "upload") url.searchParams.set("via", "upload");
    else url.searchParams.delete("via");
    window.history.replaceState(window.history.state, "", url);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = INGEST_TABS.indexOf(tab);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: INGEST_TABS.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    select(INGEST_TABS[(moves[event.key] + INGEST_TABS.length) % INGEST_TABS.length], true);
  };
  return (
    <div>
      <TimeZoneSuggestions />
      <div role="tablist" aria-label="How to add the article" onKeyDown={onKeyDown} className="mb-4 flex gap-1 border-b border-line">
        {INGEST_TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              refs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => select(id)}
            className={`-mb-px rounded-t border px-3 py-1.5 text-sm font-medium ${
              tab === id ? "border-line border-b-bg bg-bg text-fg" : "border-transparent text-muted hover:text-fg"
            }`}
          >
            {TAB_LABELS[id]}
          </button>
        ))}
      </div>
      {INGEST_TABS.map((id) => (
        <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id}>
          {id === "paste" ? <PasteForm /> : <UploadForm />}
        </div>
      ))}
    </div>
  );
}
