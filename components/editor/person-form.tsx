"use client";

import { useRouter } from "next/navigation";
import { CitationsFields } from "@/components/forms/citations-fields";
import { emptyToNull, SelectField, TextField } from "@/components/forms/field";
import { RecordFormShell } from "@/components/forms/record-form-shell";
import { editHref } from "@/components/forms/records";
import { useRecordForm, type Snapshot } from "@/components/forms/use-record-form";
import { personInputSchema, type PersonInput } from "@/lib/validation/person";
import { citationSummary, economyChoices, nameOf, type EconomyOption } from "./options";
import { emptyCitation, snapshotCitations } from "./shared-values";

function toFormValues(s: Snapshot): PersonInput {
  const p = s as unknown as PersonInput;
  return { name: p.name, countryCode: p.countryCode, title: p.title ?? null, citations: snapshotCitations(s) };
}

function diffFields(economies: EconomyOption[]) {
  return [
    { path: "name", label: "Name" },
    { path: "countryCode", label: "Country", format: nameOf(economies.map((e) => [e.code, e.name])) },
    { path: "title", label: "Title or office" },
    { path: "citations", label: "Sources", format: citationSummary },
  ];
}

interface Props {
  economies: EconomyOption[];
  articles: { id: string; label: string }[];
  initial?: Snapshot;
  viewHref?: string;
}

export function PersonForm({ economies, articles, initial, viewHref }: Props) {
  const router = useRouter();
  const state = useRecordForm<PersonInput>({
    type: "person",
    schema: personInputSchema,
    initial,
    toFormValues,
    diffFields: diffFields(economies),
    arrayNames: ["citations"],
    defaults: { name: "", countryCode: "", title: null, citations: [emptyCitation()] },
    onCreated: (id) => router.push(`${editHref("person", id)}?created=1`),
  });
  return (
    <RecordFormShell type="person" state={state} title={initial ? "Edit person" : "New person"} viewHref={viewHref}>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="name" label="Name" required hint="As the person writes it, with accents: matching ignores case and accents." />
        <SelectField name="countryCode" label="Country" required placeholder="Choose…" choices={economyChoices(economies)} />
      </div>
      <TextField
        name="title"
        label="Title or office"
        hint="Their usual office, e.g. “U.S. Trade Representative”; each round records the role they held then."
        options={{ setValueAs: emptyToNull }}
      />
      <CitationsFields articles={articles} />
    </RecordFormShell>
  );
}
