import type { Sector } from "../vocab/vocab";

/**
 * Words for goods, mapped to the FORMAT sector vocabulary. Multi-word terms come first so
 * "car parts" is auto parts, not cars; "aircraft parts" is aircraft.
 */
const LEXICON: [string, Sector][] = [
  ["auto parts", "auto-parts"], ["car parts", "auto-parts"], ["automotive parts", "auto-parts"], ["vehicle parts", "auto-parts"],
  ["auto components", "auto-parts"], ["aircraft parts", "aircraft"], ["aerospace goods", "aircraft"],
  ["passenger cars", "autos"], ["passenger vehicles", "autos"], ["light trucks", "autos"], ["heavy trucks", "trucks"],
  ["critical minerals", "critical-minerals"], ["rare earths", "critical-minerals"], ["rare-earth", "critical-minerals"],
  ["machine tools", "machinery"], ["farm goods", "agriculture"], ["farm products", "agriculture"],
  ["agricultural products", "agriculture"], ["agricultural goods", "agriculture"], ["crude oil", "energy"],
  ["natural gas", "energy"], ["canola oil", "agriculture"], ["palm oil", "agriculture"], ["olive oil", "agriculture"],
  ["vegetable oil", "agriculture"], ["soybean oil", "agriculture"], ["edible oil", "agriculture"], ["cooking oil", "agriculture"],
  ["electric vehicles", "autos"], ["electric cars", "autos"], ["evs", "autos"], ["steel", "steel"], ["aluminum", "aluminum"], ["aluminium", "aluminum"],
  ["copper", "copper"], ["lumber", "lumber"], ["timber", "lumber"], ["softwood", "lumber"], ["trucks", "trucks"], ["truck", "trucks"],
  ["semiconductors", "semiconductors"], ["semiconductor", "semiconductors"], ["chips", "semiconductors"],
  ["pharmaceuticals", "pharmaceuticals"], ["pharmaceutical", "pharmaceuticals"], ["medicines", "pharmaceuticals"],
  ["drugs", "pharmaceuticals"], ["electronics", "electronics"], ["smartphones", "electronics"], ["aircraft", "aircraft"],
  ["aerospace", "aircraft"], ["agriculture", "agriculture"], ["agricultural", "agriculture"], ["soybeans", "agriculture"],
  ["dairy", "agriculture"], ["cheese", "agriculture"], ["milk", "agriculture"], ["butter", "agriculture"], ["coal", "energy"], ["lng", "energy"], ["liquefied natural gas", "energy"], ["canola", "agriculture"], ["rapeseed", "agriculture"], ["pork", "agriculture"],
  ["beef", "agriculture"], ["poultry", "agriculture"], ["seafood", "agriculture"], ["scallops", "agriculture"], ["shellfish", "agriculture"], ["salmon", "agriculture"], ["wheat", "agriculture"], ["barley", "agriculture"], ["corn", "agriculture"],
  ["rice", "agriculture"], ["peas", "agriculture"], ["brandy", "agriculture"], ["whisky", "agriculture"], ["bourbon", "agriculture"], ["whiskey", "agriculture"],
  ["wine", "agriculture"], ["spirits", "agriculture"], ["energy", "energy"], ["oil", "energy"], ["shipbuilding", "shipbuilding"], ["vessels", "shipbuilding"],
  ["trans-shipments", "other"], ["transshipments", "other"], ["trans-shipped", "other"], ["transshipped", "other"], ["transshipment", "other"], ["trans-shipment", "other"], ["textiles", "textiles"], ["apparel", "textiles"], ["garments", "textiles"], ["clothing", "textiles"],
  ["machinery", "machinery"], ["automobiles", "autos"], ["automobile", "autos"], ["autos", "autos"], ["auto", "autos"],
  ["cars", "autos"], ["car", "autos"], ["vehicles", "autos"], ["automotive", "autos"],
];

const TERMS = new Map(LEXICON);
export const SECTOR_PATTERN = new RegExp(`\\b(?:${LEXICON.map(([t]) => t.replace(/[-]/g, "\\-")).join("|")})\\b`, "gi");

export interface SectorHit {
  sector: Sector;
  start: number;
  end: number;
}

/** Sector words in `f` between `from` and `to` (offsets within f). */
export function sectorsIn(f: string, from: number, to: number): SectorHit[] {
  const hits: SectorHit[] = [];
  const slice = f.slice(from, to);
  SECTOR_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SECTOR_PATTERN.exec(slice)) !== null) {
    const term = m[0].toLowerCase();
    // "parts" alone follows the vehicles it is for; "car" inside "carve" never matches (word bounds).
    const sector = TERMS.get(term);
    if (sector) hits.push({ sector, start: from + m.index, end: from + m.index + m[0].length });
    // "cars and parts", "vehicles and their parts": the parts are auto parts.
    const parts = sector === "autos" ? /^\s+and\s+(?:their\s+|its\s+)?(?:parts|components)\b/i.exec(slice.slice(m.index + m[0].length)) : null;
    if (parts) hits.push({ sector: "auto-parts", start: from + m.index + m[0].length, end: from + m.index + m[0].length + parts[0].length });
  }
  return hits;
}

export function uniqueSectors(hits: SectorHit[]): Sector[] {
  return [...new Set(hits.map((h) => h.sector))];
}
