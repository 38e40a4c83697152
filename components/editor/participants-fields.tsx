"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { ArrayFieldset, ArrayRow } from "@/components/forms/array-fields";
import { SelectField, TextField, type ChoiceGroup } from "@/components/forms/field";
import { economyChoices, type EconomyOption, type PersonOption } from "./options";

interface Props {
  people: PersonOption[];
  economies: EconomyOption[];
  /** The negotiation's parties: their people and sides are listed first. */
  parties: string[];
}

/** People grouped by country, the negotiation's parties first, each group sorted by name. */
function peopleGroups(people: PersonOption[], economies: EconomyOption[], parties: string[]): ChoiceGroup[] {
  const names = new Map(economies.map((e) => [e.code, e.name]));
  const codes = [...new Set(people.map((p) => p.countryCode))].sort((a, b) => {
    const rank = (c: string) => (parties.includes(c) ? 0 : 1);
    return rank(a) - rank(b) || (names.get(a) ?? a).localeCompare(names.get(b) ?? b);
  });
  return codes.map((code) => ({
    label: names.get(code) ?? code,
    choices: people
      .filter((p) => p.countryCode === code)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => ({ value: p.id, label: p.title ? `${p.name} — ${p.title}` : p.name })),
  }));
}

/** Who took part: an existing person, the role they held then, and the side they spoke for. */
export function ParticipantsFields({ people, economies, parties }: Props) {
  const { control, getValues, setValue } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: "participants" });
  const rows = (useWatch({ control, name: "participants" }) as { personId?: string }[] | undefined) ?? [];
  const groups = peopleGroups(people, economies, parties);
  const sides = [...economies].sort((a, b) => Number(!parties.includes(a.code)) - Number(!parties.includes(b.code)));

  // Choosing a person fills in their country and current title where those are still empty.
  const onPerson = (index: number, personId: string) => {
    const person = people.find((p) => p.id === personId);
    if (!person) return;
    if (!getValues(`participants.${index}.sideCode`)) setValue(`participants.${index}.sideCode`, person.countryCode, { shouldDirty: true });
    if (!getValues(`participants.${index}.role`) && person.title) setValue(`participants.${index}.role`, person.title, { shouldDirty: true });
  };

  return (
    <ArrayFieldset
      name="participants"
      legend="Participants"
      description="Choose people already on record (by name); the role is their title at the time of this round."
      addLabel="Add a participant"
      onAdd={() => append({ personId: "", role: "", sideCode: "" })}
      empty="No participants recorded."
      count={fields.length}
    >
      {fields.map((f, i) => {
        const chosen = people.find((p) => p.id === rows[i]?.personId);
        return (
          <ArrayRow key={f.id} label={`Participant ${i + 1}${chosen ? ` (${chosen.name})` : ""}`} onRemove={() => remove(i)}>
            <div className="grid gap-3 sm:grid-cols-[2fr_2fr_1fr]">
              <SelectField
                name={`participants.${i}.personId`}
                label="Person"
                required
                placeholder="Choose a person…"
                groups={groups}
                options={{ onChange: (e) => onPerson(i, e.target.value) }}
              />
              <TextField name={`participants.${i}.role`} label="Role at the time" required />
              <SelectField name={`participants.${i}.sideCode`} label="Side" required placeholder="Choose…" choices={economyChoices(sides)} />
            </div>
          </ArrayRow>
        );
      })}
    </ArrayFieldset>
  );
}
