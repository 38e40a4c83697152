"use client";

import { useRouter } from "next/navigation";
import { CitationsFields } from "@/components/forms/citations-fields";
import { choicesOf, emptyToNull, SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { RecordFormShell } from "@/components/forms/record-form-shell";
import { editHref } from "@/components/forms/records";
import { useRecordForm, type Snapshot } from "@/components/forms/use-record-form";
import { tariffMeasureInputSchema, type TariffMeasureInput } from "@/lib/validation/tariff-measure";
import { SECTOR_LABELS, TARIFF_KIND_LABELS, TARIFF_STACKING_LABELS, TARIFF_STATUS_LABELS } from "@/lib/vocab/labels";
import { ALL_PARTNERS, SECTORS, TARIFF_KINDS, TARIFF_STACKINGS, TARIFF_STATUSES } from "@/lib/vocab/vocab";
import { citationSummary, economyChoices, nameOf, negotiationChoices, type EditorOptions } from "./options";
import { emptyCitation, snapshotCitations } from "./shared-values";

/** A rate input: empty is "no number" (refused by the schema with its own message), else a number. */
const toRate = (value: unknown) => (value === "" || value == null ? undefined : Number(value));

function toFormValues(s: Snapshot): TariffMeasureInput {
  const m = s as unknown as TariffMeasureInput;
  return {
    externalKey: m.externalKey ?? undefined,
    imposerCode: m.imposerCode,
    targetCode: m.targetCode ?? ALL_PARTNERS,
    sector: m.sector,
    rate: m.rate,
    kind: m.kind,
    status: m.status,
    stacking: m.stacking,
    legalBasis: m.legalBasis ?? null,
    announcedOn: m.announcedOn ?? null,
    effectiveFrom: m.effectiveFrom ?? null,
    effectiveTo: m.effectiveTo ?? null,
    note: m.note ?? null,
    negotiationId: m.negotiationId ?? null,
    citations: snapshotCitations(s),
  };
}

function diffFields(options: EditorOptions) {
  const economy = nameOf([[ALL_PARTNERS, "All trading partners"], ...options.economies.map((e): [string, string] => [e.code, e.name])]);
  return [
    { path: "imposerCode", label: "Imposed by", format: economy },
    { path: "targetCode", label: "On imports from", format: economy },
    { path: "sector", label: "Sector", format: nameOf(Object.entries(SECTOR_LABELS)) },
    { path: "rate", label: "Rate (%)" },
    { path: "kind", label: "Kind", format: nameOf(Object.entries(TARIFF_KIND_LABELS)) },
    { path: "status", label: "Status", format: nameOf(Object.entries(TARIFF_STATUS_LABELS)) },
    { path: "stacking", label: "Combines", format: nameOf(Object.entries(TARIFF_STACKING_LABELS)) },
    { path: "legalBasis", label: "Legal basis" },
    { path: "announcedOn", label: "Announced on" },
    { path: "effectiveFrom", label: "In effect from" },
    { path: "effectiveTo", label: "No longer applied from" },
    { path: "note", label: "Note" },
    { path: "negotiationId", label: "Negotiation", format: nameOf(options.negotiations.map((n) => [n.id, n.title])) },
    { path: "citations", label: "Sources", format: citationSummary },
  ];
}

interface Props {
  options: EditorOptions;
  initial?: Snapshot;
  negotiationId?: string;
  viewHref?: string;
}

export function TariffMeasureForm({ options, initial, negotiationId, viewHref }: Props) {
  const router = useRouter();
  const state = useRecordForm<TariffMeasureInput>({
    type: "tariffMeasure",
    schema: tariffMeasureInputSchema,
    initial,
    toFormValues,
    diffFields: diffFields(options),
    arrayNames: ["citations"],
    defaults: {
      imposerCode: "USA",
      targetCode: "",
      sector: "all",
      rate: undefined as unknown as number,
      kind: "country-specific",
      status: "announced",
      stacking: "adds",
      legalBasis: null,
      announcedOn: null,
      effectiveFrom: null,
      effectiveTo: null,
      note: null,
      negotiationId: negotiationId ?? null,
      citations: [emptyCitation()],
    },
    onCreated: (id) => router.push(`${editHref("tariffMeasure", id)}?created=1`),
  });
  const economies = economyChoices(options.economies);
  return (
    <RecordFormShell type="tariffMeasure" state={state} title={initial ? "Edit tariff measure" : "New tariff measure"} viewHref={viewHref}>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField name="imposerCode" label="Imposed by" required choices={economies} />
        <SelectField
          name="targetCode"
          label="On imports from"
          required
          placeholder="Choose…"
          choices={[{ value: ALL_PARTNERS, label: "All trading partners" }, ...economies]}
        />
        <SelectField name="sector" label="Sector" choices={choicesOf(SECTORS, SECTOR_LABELS)} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="rate" label="Rate (%)" type="number" inputMode="decimal" required hint="Ad valorem, 0–1000" options={{ setValueAs: toRate }} />
        <SelectField name="kind" label="Kind" choices={choicesOf(TARIFF_KINDS, TARIFF_KIND_LABELS)} />
        <SelectField name="status" label="Status" choices={choicesOf(TARIFF_STATUSES, TARIFF_STATUS_LABELS)} />
      </div>
      <SelectField
        name="stacking"
        label="How it combines with other layers"
        choices={choicesOf(TARIFF_STACKINGS, TARIFF_STACKING_LABELS)}
        hint="Adds: on top of the others. Replaces: instead of the economy-wide layers, still over MFN. All-in: the whole duty, MFN included."
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="announcedOn" label="Announced on" type="date" options={{ setValueAs: emptyToNull }} />
        <TextField name="effectiveFrom" label="In effect from" type="date" options={{ setValueAs: emptyToNull }} />
        <TextField
          name="effectiveTo"
          label="No longer applied from"
          type="date"
          hint="The first day it no longer applied"
          options={{ setValueAs: emptyToNull }}
        />
      </div>
      <TextField name="legalBasis" label="Legal basis" options={{ setValueAs: emptyToNull }} />
      <SelectField
        name="negotiationId"
        label="Negotiation"
        placeholder="None"
        choices={negotiationChoices(options.negotiations)}
        options={{ setValueAs: emptyToNull }}
      />
      <TextAreaField name="note" label="Note" rows={2} options={{ setValueAs: emptyToNull }} />
      <CitationsFields articles={options.articles} />
    </RecordFormShell>
  );
}
