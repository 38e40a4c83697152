import { formatDay } from "@/lib/format/date";
import { formatRate } from "@/lib/format/rate";
import type { RoundTariffState } from "@/lib/queries/round-tariff-state";
import { SECTOR_LABELS } from "@/lib/vocab/labels";

function Cell({ value }: { value: { rate: number; status: string } | null }) {
  if (!value) return <td className="tabular text-right text-muted">—</td>;
  return (
    <td className="tabular text-right">
      {formatRate(value.rate)}
      {value.status !== "in-effect" && <span className="text-xs text-muted"> announced</span>}
    </td>
  );
}

/** Duties between the parties on the eve of the round and before the next one. */
export function TariffStateTable({ state }: { state: RoundTariffState }) {
  return (
    <section aria-labelledby="tariff-state">
      <h2 id="tariff-state" className="mb-2 text-lg font-semibold">Tariffs between the parties</h2>
      {state.rows.length === 0 ? (
        <p className="text-sm text-muted">No tariff measures between these parties are recorded.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="data" data-testid="tariff-state">
            <thead>
              <tr>
                <th scope="col">Imposer → target</th>
                <th scope="col">Sector</th>
                <th scope="col" className="text-right">Before ({formatDay(state.beforeDate)})</th>
                <th scope="col" className="text-right">After ({formatDay(state.afterDate)})</th>
              </tr>
            </thead>
            <tbody>
              {state.rows.map((row) => (
                <tr key={`${row.imposer}-${row.target}-${row.sector}`}>
                  <td className="whitespace-nowrap">{row.imposer} → {row.target}</td>
                  <td>{SECTOR_LABELS[row.sector]}</td>
                  <Cell value={row.before} />
                  <Cell value={row.after} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
