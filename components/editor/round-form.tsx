"use client";

import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { CitationsFields } from "@/components/forms/citations-fields";
import { choicesOf, emptyToNull, SelectField, TextAreaField, TextField, toNumberOrNull } from "@/components/forms/field";
import { FuzzyDateFields } from "@/components/forms/fuzzy-date-fields";
import { RecordFormShell } from "@/components/forms/record-form-shell";
import { editHref } from "@/components/forms/records";
import { useRecordForm, type Snapshot } from "@/components/forms/use-record-form";
import { roundInputSchema, type RoundInput } from "@/lib/validation/round";
import { ROUND_LEVEL_LABELS, ROUND_STATUS_LABELS } from "@/lib/vocab/labels";
import { ROUND_LEVELS, ROUND_STATUSES } from "@/lib/vocab/vocab";
import { NumberingsFields } from "./numberings-fields";
import { citationSummary, nameOf, negotiationChoices, type EditorOptions } from "./options";
import { ParticipantsFields } from "./participants-fields";
import { emptyCitation, snapshotCitations } from "./shared-values";

function toFormValues(s: Snapshot): RoundInput {
  const r = s as unknown as RoundInput;
  return {
    negotiationId: r.negotiationId,
    externalKey: r.externalKey ?? undefined,
    number: r.number ?? null,
    level: r.level,
    status: r.status,
    date: { dateStart: r.date.dateStart ?? null, dateEnd: r.date.dateEnd ?? null, datePrecision: r.date.datePrecision },
    location: r.location ?? null,
    outcome: r.outcome ?? null,
    note: r.note ?? null,
    participants: (r.participants ?? []).map(({ personId, role, sideCode }) => ({ personId, role, sideCode })),
    numberings: (r.numberings ?? []).map(({ number, source, sourceUrl, note }) => ({ number, source, sourceUrl: sourceUrl ?? null, note: note ?? null })),
    citations: snapshotCitations(s),
  };
}

function diffFields(options: EditorOptions) {
  const negotiation = nameOf(options.negotiations.map((n) => [n.id, n.title]));
  const person = nameOf(options.people.map((p) => [p.id, p.name]));
  return [
    { path: "negotiationId", label: "Negotiation", format: negotiation },
    { path: "number", label: "Round number" },
    { path: "level", label: "Level", format: nameOf(Object.entries(ROUND_LEVEL_LABELS)) },
    { path: "status", label: "Status", format: nameOf(Object.entries(ROUND_STATUS_LABELS)) },
    { path: "date.datePrecision", label: "Date precision" },
    { path: "date.dateStart", label: "Start date" },
    { path: "date.dateEnd", label: "End date" },
    { path: "location", label: "Location" },
    { path: "outcome", label: "Outcome" },
    { path: "note", label: "Note" },
    {
      path: "participants",
      label: "Participants",
      format: (v: unknown) =>
        ((v as RoundInput["participants"]) ?? []).map((p) => `${person(p.personId)} (${p.role}, ${p.sideCode})`).join("; ") || "none",
    },
    {
      path: "numberings",
      label: "Other numberings",
      format: (v: unknown) => ((v as RoundInput["numberings"]) ?? []).map((n) => `${n.number} per ${n.source}`).join("; ") || "none",
    },
    { path: "citations", label: "Sources", format: citationSummary },
  ];
}

interface Props {
  options: EditorOptions;
  initial?: Snapshot;
  negotiationId?: string;
  viewHref?: string;
}

export function RoundForm({ options, initial, negotiationId, viewHref }: Props) {
  const router = useRouter();
  const state = useRecordForm<RoundInput>({
    type: "round",
    schema: roundInputSchema,
    initial,
    toFormValues,
    diffFields: diffFields(options),
    arrayNames: ["participants", "numberings", "citations"],
    defaults: {
      negotiationId: negotiationId ?? "",
      number: null,
      level: "ministerial",
      status: "held",
      date: { dateStart: null, dateEnd: null, datePrecision: "day" },
      location: null,
      outcome: null,
      note: null,
      participants: [],
      numberings: [],
      citations: [emptyCitation()],
    },
    onCreated: (id) => router.push(`${editHref("round", id)}?created=1`),
  });
  const chosen = useWatch({ control: state.form.control, name: "negotiationId" });
  const parties = options.negotiations.find((n) => n.id === chosen)?.parties ?? [];
  return (
    <RecordFormShell type="round" state={state} title={initial ? "Edit round" : "New round"} viewHref={viewHref}>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <SelectField name="negotiationId" label="Negotiation" required placeholder="Choose a negotiation…" choices={negotiationChoices(options.negotiations)} />
        <TextField
          name="number"
          label="Round number"
          type="number"
          inputMode="numeric"
          hint="As most outlets count it; empty if unnumbered"
          options={{ setValueAs: toNumberOrNull }}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="level" label="Level" choices={choicesOf(ROUND_LEVELS, ROUND_LEVEL_LABELS)} />
        <SelectField name="status" label="Status" choices={choicesOf(ROUND_STATUSES, ROUND_STATUS_LABELS)} />
      </div>
      <FuzzyDateFields name="date" />
      <TextField name="location" label="Location" options={{ setValueAs: emptyToNull }} />
      <TextAreaField name="outcome" label="Outcome" options={{ setValueAs: emptyToNull }} />
      <TextAreaField name="note" label="Note" rows={2} options={{ setValueAs: emptyToNull }} />
      <ParticipantsFields people={options.people} economies={options.economies} parties={parties} />
      <NumberingsFields />
      <CitationsFields articles={options.articles} />
    </RecordFormShell>
  );
}
