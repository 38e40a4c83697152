import type { Evidence, Extraction } from "@/lib/extraction/schema";
import { Badge } from "@/components/ui/badge";

/** One fact: what it says, and the sentence it came from (always rendered as text). */
function Fact({ label, evidence, confidence }: { label: string; evidence: Evidence; confidence: number }) {
  return (
    <li className="border-b border-line py-2 last:border-0">
      <p className="font-medium">{label}</p>
      <blockquote className="mt-1 border-l-2 border-line pl-2 text-sm text-muted">
        “{evidence.quote}” <span className="tabular whitespace-nowrap">(chars {evidence.start}–{evidence.end}, confidence {Math.round(confidence * 100)}%)</span>
      </blockquote>
    </li>
  );
}

/** The extractor's facts, grouped by kind, as they wait for review. */
export function ExtractedFacts({ result }: { result: Extraction }) {
  const groups = [
    { title: "Rounds", tone: "round" as const, items: result.rounds.map((r) => ({ ...r, label: `${r.parties.join("–")} round ${r.number ?? "?"} · ${r.level}, ${r.status}${r.when ? ` · ${r.when}` : ""}${r.location ? ` · ${r.location}` : ""}` })) },
    { title: "Participants", tone: "neutral" as const, items: result.participants.map((p) => ({ ...p, label: `${p.name} (${p.country})${p.role ? ` · ${p.role}` : ""}` })) },
    { title: "Tariffs", tone: "tariff" as const, items: result.tariffs.map((t) => ({ ...t, label: `${t.imposer} on ${t.target === "*" ? "all partners" : t.target} · ${t.sector} · ${t.rate}% — ${t.status} (${t.kind})` })) },
    { title: "Milestones", tone: "milestone" as const, items: result.milestones.map((m) => ({ ...m, label: `${m.when ?? "undated"} · ${m.kind} · ${m.title}` })) },
  ];
  if (groups.every((g) => g.items.length === 0)) return <p className="text-muted">The extractor found no facts in this article.</p>;
  return (
    <div className="space-y-4">
      {groups
        .filter((g) => g.items.length > 0)
        .map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3 className="mb-1 font-semibold">
              {group.title} <Badge tone={group.tone}>{group.items.length}</Badge>
            </h3>
            <ul data-testid="extracted-facts">
              {group.items.map((item, i) => (
                <Fact key={i} label={item.label} evidence={item.evidence} confidence={item.confidence} />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
