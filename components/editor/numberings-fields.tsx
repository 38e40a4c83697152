"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { ArrayFieldset, ArrayRow } from "@/components/forms/array-fields";
import { TextField, emptyToNull, toNumberOrNull } from "@/components/forms/field";

/** Outlets count rounds differently: each count is kept with the outlet that uses it. */
export function NumberingsFields() {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: "numberings" });
  return (
    <ArrayFieldset
      name="numberings"
      legend="Other numberings"
      description="When an outlet counts this round differently (e.g. 4th instead of 5th), record its number and the outlet."
      addLabel="Add a numbering"
      onAdd={() => append({ number: null, source: "", sourceUrl: null, note: null })}
      empty="All outlets agree on the number above."
      count={fields.length}
    >
      {fields.map((f, i) => (
        <ArrayRow key={f.id} label={`Numbering ${i + 1}`} onRemove={() => remove(i)}>
          <div className="grid gap-3 sm:grid-cols-[6rem_1fr_1fr]">
            <TextField name={`numberings.${i}.number`} label="Round" type="number" inputMode="numeric" required options={{ setValueAs: toNumberOrNull }} />
            <TextField name={`numberings.${i}.source`} label="Outlet" required />
            <TextField name={`numberings.${i}.sourceUrl`} label="Article address" type="url" inputMode="url" options={{ setValueAs: emptyToNull }} />
          </div>
          <TextField name={`numberings.${i}.note`} label="Note" options={{ setValueAs: emptyToNull }} />
        </ArrayRow>
      ))}
    </ArrayFieldset>
  );
}
