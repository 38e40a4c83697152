import type { FieldChange } from "@/lib/queries/history-diff";
import { newText, oldText } from "./format";

const KIND_LABELS: Record<FieldChange["kind"], string> = { added: "Added", removed: "Removed", changed: "Changed" };

// Old and new are told apart by column, by the −/+ sign and by strike-through, not by colour alone;
// the tints are the colour-blind-safe vermillion and bluish green of the chart palette.
const OLD = "bg-[#d55e00]/10 line-through decoration-[#d55e00]/70";
const NEW = "bg-[#009e73]/10 no-underline";

function NoValue() {
  return (
    <span className="text-muted">
      <span aria-hidden="true">—</span>
      <span className="sr-only">no value</span>
    </span>
  );
}

/** One revision's field-level diff: field, kind of change, value before and after. */
export function ChangeTable({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  return (
    // relative: screen-reader-only text inside the table is positioned within the scroll box, not the page.
    <div className="relative overflow-x-auto">
      <table className="data" data-testid="change-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-1/4">Field</th>
            <th scope="col" className="w-24">Change</th>
            <th scope="col" className="w-[32%]">Before</th>
            <th scope="col" className="w-[32%]">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.path} data-path={c.path}>
              <th scope="row" className="align-top">
                <code className="text-xs font-normal">{c.path}</code>
                {c.context && <span className="block text-xs font-normal">{c.context}</span>}
              </th>
              <td className="whitespace-nowrap text-muted">{KIND_LABELS[c.kind]}</td>
              <td className="tabular max-w-xs break-words">
                {c.old === undefined ? (
                  <NoValue />
                ) : (
                  <del className={`${OLD} rounded px-1`} title={c.oldLabel ? String(c.old) : undefined}>
                    <span aria-hidden="true">− </span>
                    {oldText(c)}
                  </del>
                )}
              </td>
              <td className="tabular max-w-xs break-words">
                {c.new === undefined ? (
                  <NoValue />
                ) : (
                  <ins className={`${NEW} rounded px-1`} title={c.newLabel ? String(c.new) : undefined}>
                    <span aria-hidden="true">+ </span>
                    {newText(c)}
                  </ins>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
