import { describe, expect, it } from "vitest";
import { changesMeanwhile, reapply, sameValue, type DiffField } from "./diff";

const fields: DiffField[] = [
  { path: "rate", label: "Rate" },
  { path: "note", label: "Note" },
  { path: "date.dateStart", label: "Start" },
  { path: "participants", label: "Participants", format: (v) => (v as { personId: string }[]).map((p) => p.personId).join(", ") },
];

const base: Record<string, unknown> = { rate: 25, note: null, date: { dateStart: "2025-04-03" }, participants: [{ personId: "a" }] };

describe("conflict diff", () => {
  it("treats empty text, undefined and null alike", () => {
    expect(sameValue("", null)).toBe(true);
    expect(sameValue({ a: " x ", b: undefined }, { b: null, a: "x" })).toBe(true);
    expect(sameValue(1, "1")).toBe(false);
  });

  it("lists what they changed, with yours beside it and clashes marked", () => {
    const theirs = { ...base, rate: 26, date: { dateStart: "2025-04-05" } };
    const yours = { ...base, rate: 24, note: "mine" };
    expect(changesMeanwhile(fields, base, theirs, yours)).toEqual([
      { path: "rate", label: "Rate", theirs: "26", yours: "24", clash: true },
      { path: "date.dateStart", label: "Start", theirs: "2025-04-05", yours: "2025-04-03", clash: false },
    ]);
  });

  it("re-applies only the fields you changed onto their version", () => {
    const theirs = { ...base, rate: 26, date: { dateStart: "2025-04-05" }, participants: [{ personId: "b" }] };
    const yours = { ...base, note: "mine", participants: [{ personId: "a" }, { personId: "c" }] };
    expect(reapply(fields, base, theirs, yours)).toEqual({
      rate: 26,
      note: "mine",
      date: { dateStart: "2025-04-05" },
      participants: [{ personId: "a" }, { personId: "c" }],
    });
  });
});
