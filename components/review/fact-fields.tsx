"use client";

import type { ReviewFact } from "@/lib/review/facts";
import {
  MILESTONE_KIND_LABELS,
  ROUND_LEVEL_LABELS,
  ROUND_STATUS_LABELS,
  SECTOR_LABELS,
  TARIFF_KIND_LABELS,
  TARIFF_STATUS_LABELS,
} from "@/lib/vocab/labels";
import type { Draft } from "./drafts";
import { fieldDomId } from "./ids";

export const controlClass =
  "mt-0.5 block w-full min-w-0 rounded border border-line bg-surface px-1.5 py-1 text-sm text-fg aria-[invalid=true]:border-2 aria-[invalid=true]:border-kind-tariff";

type Options = Record<string, string>;
interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  options?: Options;
  inputMode?: "decimal" | "numeric";
  wide?: boolean;
}

const WHEN_HINT = "YYYY-MM-DD, YYYY-MM, or an interval A/B";

const FIELDS: Record<ReviewFact["type"], FieldSpec[]> = {
  round: [
    { name: "parties", label: "Parties", hint: "Codes, e.g. JPN, USA" },
    { name: "number", label: "Number (this source's)", inputMode: "numeric" },
    { name: "status", label: "Status", options: ROUND_STATUS_LABELS },
    { name: "level", label: "Level", options: ROUND_LEVEL_LABELS },
    { name: "when", label: "When", hint: WHEN_HINT },
    { name: "location", label: "Location" },
  ],
  tariff: [
    { name: "imposer", label: "Imposed by" },
    { name: "target", label: "On imports from", hint: "* for all partners" },
    { name: "sector", label: "Sector", options: SECTOR_LABELS },
    { name: "rate", label: "Rate (%)", inputMode: "decimal" },
    { name: "kind", label: "Kind", options: TARIFF_KIND_LABELS },
    { name: "status", label: "Status", options: TARIFF_STATUS_LABELS },
  ],
  milestone: [
    { name: "kind", label: "Kind", options: MILESTONE_KIND_LABELS },
    { name: "when", label: "When", hint: WHEN_HINT },
    { name: "title", label: "Title", wide: true },
  ],
  participant: [
    { name: "name", label: "Name" },
    { name: "country", label: "Side (country)" },
    { name: "role", label: "Role", wide: true },
  ],
};

/** The inputs of an edited fact, in the extraction format's terms; messages come from its zod schema. */
export function FactFields({ fact, draft, errors, onChange }: { fact: ReviewFact; draft: Draft; errors: Record<string, string> | null; onChange: (draft: Draft) => void }) {
  return (
    <div className="grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-3">
      {FIELDS[fact.type].map((spec) => {
        const id = fieldDomId(fact.key, spec.name);
        const error = errors?.[spec.name];
        const describedBy = [error ? `${id}-error` : null, spec.hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
        const common = {
          id,
          value: draft[spec.name] ?? "",
          "aria-invalid": error ? true : undefined,
          "aria-describedby": describedBy,
          className: controlClass,
        };
        const set = (value: string) => onChange({ ...draft, [spec.name]: value });
        return (
          <div key={spec.name} className={spec.wide ? "col-span-2 sm:col-span-3" : "min-w-0"}>
            <label htmlFor={id} className="block text-xs font-medium">
              {spec.label}
            </label>
            {spec.options ? (
              <select {...common} onChange={(e) => set(e.target.value)}>
                {Object.entries(spec.options).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            ) : (
              <input {...common} type="text" inputMode={spec.inputMode} autoComplete="off" onChange={(e) => set(e.target.value)} />
            )}
            {spec.hint && (
              <p id={`${id}-hint`} className="mt-0.5 text-[0.7rem] text-muted">
                {spec.hint}
              </p>
            )}
            {error && (
              <p id={`${id}-error`} className="mt-0.5 text-xs font-medium text-kind-tariff">
                <span aria-hidden>⚠ </span>
                {error}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
