"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useWatch } from "react-hook-form";
import { CitationsFields } from "@/components/forms/citations-fields";
import { CheckboxGroupField, choicesOf, SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { RecordFormShell } from "@/components/forms/record-form-shell";
import { editHref } from "@/components/forms/records";
import { useRecordForm, type Snapshot } from "@/components/forms/use-record-form";
import { slugify } from "@/lib/format/slug";
import { negotiationInputSchema, type NegotiationInput } from "@/lib/validation/negotiation";
import { NEGOTIATION_STATUS_LABELS } from "@/lib/vocab/labels";
import { NEGOTIATION_STATUSES } from "@/lib/vocab/vocab";
import { citationSummary, nameOf, type EconomyOption } from "./options";
import { emptyCitation, snapshotCitations } from "./shared-values";

function toFormValues(s: Snapshot): NegotiationInput {
  const n = s as unknown as NegotiationInput;
  return { slug: n.slug, title: n.title, status: n.status, summary: n.summary ?? "", parties: [...n.parties], citations: snapshotCitations(s) };
}

function diffFields(economies: EconomyOption[]) {
  const economy = nameOf(economies.map((e) => [e.code, e.name]));
  return [
    { path: "title", label: "Title" },
    { path: "slug", label: "Address (slug)" },
    { path: "status", label: "Status", format: nameOf(Object.entries(NEGOTIATION_STATUS_LABELS)) },
    { path: "summary", label: "Summary" },
    { path: "parties", label: "Parties", format: (v: unknown) => ((v as string[] | null) ?? []).map(economy).join(", ") || "none" },
    { path: "citations", label: "Sources", format: citationSummary },
  ];
}

interface Props {
  economies: EconomyOption[];
  articles: { id: string; label: string }[];
  initial?: Snapshot;
  viewHref?: string;
}

export function NegotiationForm({ economies, articles, initial, viewHref }: Props) {
  const router = useRouter();
  const state = useRecordForm<NegotiationInput>({
    type: "negotiation",
    schema: negotiationInputSchema,
    initial,
    toFormValues,
    diffFields: diffFields(economies),
    arrayNames: ["citations", "parties"],
    defaults: { slug: "", title: "", status: "active", summary: "", parties: [], citations: [emptyCitation()] },
    onCreated: (id) => router.push(`${editHref("negotiation", id)}?created=1`),
  });
  const { control, getFieldState, setValue, formState } = state.form;
  const title = useWatch({ control, name: "title" });
  // A new negotiation's address follows its title until the editor types one of their own.
  useEffect(() => {
    if (!initial && !getFieldState("slug", formState).isDirty) setValue("slug", slugify(title ?? ""));
  }, [initial, title, getFieldState, setValue, formState]);
  return (
    <RecordFormShell type="negotiation" state={state} title={initial ? "Edit negotiation" : "New negotiation"} viewHref={viewHref}>
      <TextField name="title" label="Title" required />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="slug"
          label="Address (slug)"
          required
          hint={initial ? "Part of the page's link: changing it breaks links already shared." : "Part of the page's link, e.g. us-japan-tariffs-2025."}
        />
        <SelectField name="status" label="Status" choices={choicesOf(NEGOTIATION_STATUSES, NEGOTIATION_STATUS_LABELS)} />
      </div>
      <CheckboxGroupField
        name="parties"
        label="Parties"
        required
        hint="At least two: the economies or blocs at the table."
        choices={economies.map((e) => ({ value: e.code, label: `${e.name} (${e.code})` }))}
      />
      <TextAreaField name="summary" label="Summary" rows={4} hint="What is being negotiated, in a few sentences." />
      <CitationsFields articles={articles} />
    </RecordFormShell>
  );
}
