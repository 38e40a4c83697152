/** "Japan–US tariff talks (2025)" → "japan-us-tariff-talks-2025": a suggestion for a new record's address. */
export function slugify(text: string, max = 80): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, max)
    .replace(/^-+|-+$/g, "");
}
