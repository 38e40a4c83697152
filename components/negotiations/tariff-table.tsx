import Link from "next/link";
import { formatDay } from "@/lib/format/date";
import { formatRate } from "@/lib/format/rate";
import { SECTOR_LABELS, TARIFF_KIND_LABELS, TARIFF_STATUS_LABELS } from "@/lib/vocab/labels";
import type { Sector, TariffKind, TariffStatus } from "@/lib/vocab/vocab";

interface MeasureRow {
  id: string;
  imposerCode: string;
  targetCode: string | null;
  sector: string;
  rate: number;
  kind: string;
  status: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

export function TariffTable({ measures }: { measures: MeasureRow[] }) {
  if (measures.length === 0) return <p className="text-sm text-muted">No tariff measures recorded.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Imposer → target</th>
            <th scope="col">Sector</th>
            <th scope="col" className="text-right">Rate</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col">In effect</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((m) => (
            <tr key={m.id}>
              <td className="whitespace-nowrap">
                <Link href={`/tariffs/measures/${m.id}`}>
                  {m.imposerCode} → {m.targetCode ?? "all partners"}
                </Link>
              </td>
              <td>{SECTOR_LABELS[m.sector as Sector]}</td>
              <td className="tabular text-right">{formatRate(m.rate)}</td>
              <td>{TARIFF_KIND_LABELS[m.kind as TariffKind]}</td>
              <td>{TARIFF_STATUS_LABELS[m.status as TariffStatus]}</td>
              <td className="tabular whitespace-nowrap">
                {m.effectiveFrom ? formatDay(m.effectiveFrom) : "never"}
                {m.effectiveFrom && (m.effectiveTo ? ` – ${formatDay(m.effectiveTo)}` : " onward")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
