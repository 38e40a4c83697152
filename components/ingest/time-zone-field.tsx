"use client";

import { useFormContext } from "react-hook-form";
import { FieldMessage, inputClass, useFieldState } from "@/components/forms/field";

export const TIME_ZONE_LIST_ID = "time-zone-suggestions";

/** Zones of the outlets trade news mostly comes from; any IANA name or offset is accepted. */
const SUGGESTED_ZONES = [
  "Asia/Tokyo",
  "Asia/Seoul",
  "Asia/Shanghai",
  "Asia/Taipei",
  "Asia/Singapore",
  "Asia/Kolkata",
  "Australia/Sydney",
  "Europe/London",
  "Europe/Brussels",
  "Europe/Berlin",
  "America/New_York",
  "America/Chicago",
  "America/Los_Angeles",
  "America/Toronto",
  "America/Mexico_City",
  "America/Sao_Paulo",
  "UTC",
];

/** Rendered once per page: both ingest forms' zone inputs suggest from it. */
export function TimeZoneSuggestions() {
  return (
    <datalist id={TIME_ZONE_LIST_ID}>
      {SUGGESTED_ZONES.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}

/** A time zone input with suggestions; free text, since the schema accepts any zone or offset. */
export function TimeZoneField({ name, label, hint, className }: { name: string; label: string; hint: string; className?: string }) {
  const { register } = useFormContext();
  const state = useFieldState(name, hint);
  return (
    <div className={className}>
      <label htmlFor={state.id} className="block text-sm font-medium">
        {label}
      </label>
      <input type="text" list={TIME_ZONE_LIST_ID} autoComplete="off" spellCheck={false} {...state.a11y} {...register(name)} className={inputClass} />
      <p id={state.hintId} className="mt-0.5 text-xs text-muted">
        {hint}
      </p>
      <FieldMessage id={state.errorId} message={state.message} />
    </div>
  );
}
