"use client";

import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { CitationsFields } from "@/components/forms/citations-fields";
import { choicesOf, emptyToNull, SelectField, TextField } from "@/components/forms/field";
import { FuzzyDateFields } from "@/components/forms/fuzzy-date-fields";
import { RecordFormShell } from "@/components/forms/record-form-shell";
import { editHref } from "@/components/forms/records";
import { useRecordForm, type Snapshot } from "@/components/forms/use-record-form";
import { milestoneInputSchema, type MilestoneInput } from "@/lib/validation/milestone";
import { MILESTONE_KIND_LABELS } from "@/lib/vocab/labels";
import { MILESTONE_KINDS } from "@/lib/vocab/vocab";
import { citationSummary, nameOf, negotiationChoices, type EditorOptions } from "./options";
import { emptyCitation, snapshotCitations } from "./shared-values";

function toFormValues(s: Snapshot): MilestoneInput {
  const m = s as unknown as MilestoneInput;
  return {
    externalKey: m.externalKey ?? undefined,
    date: { dateStart: m.date.dateStart ?? null, dateEnd: m.date.dateEnd ?? null, datePrecision: m.date.datePrecision },
    kind: m.kind,
    title: m.title,
    negotiationId: m.negotiationId ?? null,
    roundId: m.roundId ?? null,
    citations: snapshotCitations(s),
  };
}

function diffFields(options: EditorOptions) {
  return [
    { path: "title", label: "Title" },
    { path: "kind", label: "Kind", format: nameOf(Object.entries(MILESTONE_KIND_LABELS)) },
    { path: "date.datePrecision", label: "Date precision" },
    { path: "date.dateStart", label: "Start date" },
    { path: "date.dateEnd", label: "End date" },
    { path: "negotiationId", label: "Negotiation", format: nameOf(options.negotiations.map((n) => [n.id, n.title])) },
    { path: "roundId", label: "Round", format: nameOf(options.rounds.map((r) => [r.id, r.label])) },
    { path: "citations", label: "Sources", format: citationSummary },
  ];
}

interface Props {
  options: EditorOptions;
  initial?: Snapshot;
  negotiationId?: string;
  viewHref?: string;
}

export function MilestoneForm({ options, initial, negotiationId, viewHref }: Props) {
  const router = useRouter();
  const state = useRecordForm<MilestoneInput>({
    type: "milestone",
    schema: milestoneInputSchema,
    initial,
    toFormValues,
    diffFields: diffFields(options),
    arrayNames: ["citations"],
    defaults: {
      date: { dateStart: null, dateEnd: null, datePrecision: "day" },
      kind: "announcement",
      title: "",
      negotiationId: negotiationId ?? null,
      roundId: null,
      citations: [emptyCitation()],
    },
    onCreated: (id) => router.push(`${editHref("milestone", id)}?created=1`),
  });
  const chosen = useWatch({ control: state.form.control, name: "negotiationId" });
  const rounds = options.rounds.filter((r) => r.negotiationId === chosen).map((r) => ({ value: r.id, label: r.label }));
  return (
    <RecordFormShell type="milestone" state={state} title={initial ? "Edit milestone" : "New milestone"} viewHref={viewHref}>
      <TextField name="title" label="Title" required />
      <SelectField name="kind" label="Kind" choices={choicesOf(MILESTONE_KINDS, MILESTONE_KIND_LABELS)} />
      <FuzzyDateFields name="date" />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="negotiationId"
          label="Negotiation"
          placeholder="None"
          choices={negotiationChoices(options.negotiations)}
          options={{ setValueAs: emptyToNull }}
        />
        <SelectField
          name="roundId"
          label="Round"
          placeholder={chosen ? "None" : "Choose a negotiation first"}
          choices={rounds}
          hint="A round of the chosen negotiation this milestone belongs to"
          options={{ setValueAs: emptyToNull }}
        />
      </div>
      <CitationsFields articles={options.articles} />
    </RecordFormShell>
  );
}
