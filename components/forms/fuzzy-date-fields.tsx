"use client";

import { DATE_PRECISIONS, type DatePrecision } from "@/lib/vocab/vocab";
import { SelectField, TextField, choicesOf, emptyToNull } from "./field";

const PRECISION_LABELS: Record<DatePrecision, string> = {
  day: "Exact day(s)",
  week: "Week of",
  month: "Month of",
  interval: "Sometime between",
  unknown: "Not known",
};

/** A date with its precision (lib/validation/common fuzzyDateSchema), under `name`. */
export function FuzzyDateFields({ name, legend = "Date" }: { name: string; legend?: string }) {
  return (
    <fieldset className="grid gap-3 sm:grid-cols-3">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <SelectField name={`${name}.datePrecision`} label="Precision" choices={choicesOf(DATE_PRECISIONS, PRECISION_LABELS)} />
      <TextField
        name={`${name}.dateStart`}
        label="Start"
        type="date"
        hint="The day, or the first day of the week or month"
        options={{ setValueAs: emptyToNull }}
      />
      <TextField
        name={`${name}.dateEnd`}
        label="End"
        type="date"
        hint="Empty for a single day; the last day of a range"
        options={{ setValueAs: emptyToNull }}
      />
    </fieldset>
  );
}
