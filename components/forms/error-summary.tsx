"use client";

import { fieldId } from "./field";
import { ERROR_SUMMARY_ID, type ErrorItem } from "./server-errors";

/** The problems of the last submit, each linking to its field; it takes focus when no field can. */
export function ErrorSummary({ items }: { items: ErrorItem[] }) {
  if (items.length === 0) return null;
  const jump = (path: string) => document.getElementById(fieldId(path))?.focus();
  return (
    <div id={ERROR_SUMMARY_ID} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded border-2 border-kind-tariff bg-surface p-3">
      <h2 id="error-summary-title" className="text-sm font-semibold">
        {items.length === 1 ? "One problem to fix before saving" : `${items.length} problems to fix before saving`}
      </h2>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
        {items.map((item) => (
          <li key={`${item.path}:${item.message}`}>
            {item.placed ? (
              <a
                href={`#${fieldId(item.path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  jump(item.path);
                }}
              >
                {item.message}
              </a>
            ) : (
              <span>{item.path && item.path !== "(body)" ? `${item.path}: ${item.message}` : item.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
