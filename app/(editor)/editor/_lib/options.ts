import "server-only";
import type { Db } from "@/lib/db/client";
import { formatFuzzyDate } from "@/lib/format/date";
import { formatRoundNumber } from "@/lib/format/rate";
import type { EditorOptions } from "@/components/editor/options";

/** Everything the editor forms offer in their menus, live records only. */
export async function loadEditorOptions(db: Db): Promise<EditorOptions> {
  const [negotiations, economies, people, articles, rounds] = await Promise.all([
    db.negotiation.findMany({
      where: { deletedAt: null },
      select: { id: true, slug: true, title: true, parties: { select: { economyCode: true } } },
      orderBy: { title: "asc" },
    }),
    db.economy.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    db.person.findMany({ where: { deletedAt: null }, select: { id: true, name: true, countryCode: true, title: true }, orderBy: { name: "asc" } }),
    db.article.findMany({ select: { id: true, title: true, publisher: true, publishedAt: true }, orderBy: { createdAt: "desc" }, take: 300 }),
    db.round.findMany({
      where: { deletedAt: null },
      select: { id: true, negotiationId: true, number: true, dateStart: true, dateEnd: true, datePrecision: true, location: true },
      orderBy: [{ dateStart: "asc" }, { number: "asc" }],
    }),
  ]);
  return {
    negotiations: negotiations.map((n) => ({ id: n.id, slug: n.slug, title: n.title, parties: n.parties.map((p) => p.economyCode) })),
    economies,
    people,
    articles: articles.map((a) => ({
      id: a.id,
      label: [a.publisher, a.title ?? "Untitled article", a.publishedAt?.toISOString().slice(0, 10)].filter(Boolean).join(" · "),
    })),
    rounds: rounds.map((r) => ({
      id: r.id,
      negotiationId: r.negotiationId,
      label: [formatRoundNumber(r.number), formatFuzzyDate(r), r.location].filter(Boolean).join(" · "),
    })),
  };
}
