import type { ArticleOption } from "@/components/forms/citations-fields";

/** What the editor forms offer in their menus; loaded by the editor pages on the server. */
export interface NegotiationOption {
  id: string;
  slug: string;
  title: string;
  parties: string[];
}

export interface EconomyOption {
  code: string;
  name: string;
}

export interface PersonOption {
  id: string;
  name: string;
  countryCode: string;
  title: string | null;
}

export interface RoundOption {
  id: string;
  negotiationId: string;
  label: string;
}

export interface EditorOptions {
  negotiations: NegotiationOption[];
  economies: EconomyOption[];
  people: PersonOption[];
  articles: ArticleOption[];
  rounds: RoundOption[];
}

export const economyChoices = (economies: EconomyOption[]) => economies.map((e) => ({ value: e.code, label: `${e.name} (${e.code})` }));

export const negotiationChoices = (negotiations: NegotiationOption[]) => negotiations.map((n) => ({ value: n.id, label: n.title }));

/** A lookup that shows an id as its name in the conflict panel, falling back to the id. */
export const nameOf = (pairs: [string, string][]) => {
  const names = new Map(pairs);
  return (value: unknown) => (value == null || value === "" ? "—" : (names.get(String(value)) ?? String(value)));
};

export const citationSummary = (value: unknown) => {
  const list = (value as { url?: string | null; articleId?: string | null; quote?: string | null }[] | null) ?? [];
  if (!list.length) return "none";
  return list.map((c) => [c.url ?? (c.articleId ? `article ${c.articleId}` : "(empty)"), c.quote ? `“${c.quote}”` : ""].filter(Boolean).join(" ")).join("; ");
};
