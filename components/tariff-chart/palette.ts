/** Okabe–Ito has eight colours (CSS variables --series-1…8 in globals.css, tuned per theme). */
export const PALETTE_SIZE = 8;

export const seriesColor = (colorIndex: number) => `var(--series-${(colorIndex % PALETTE_SIZE) + 1})`;

/** Past the eighth series a colour comes back, so the step markers change shape to tell them apart. */
export type MarkerShape = "circle" | "square" | "triangle" | "diamond";
const SHAPES: MarkerShape[] = ["circle", "square", "triangle", "diamond"];
export const seriesMarker = (colorIndex: number): MarkerShape => SHAPES[Math.floor(colorIndex / PALETTE_SIZE) % SHAPES.length];

/** SVG path of a marker centred on (0,0), sized like a circle of radius r. */
export function markerPath(shape: MarkerShape, r: number): string {
  switch (shape) {
    case "square":
      return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case "triangle":
      return `M0,${-r * 1.2}L${r * 1.1},${r * 0.8}L${-r * 1.1},${r * 0.8}Z`;
    case "diamond":
      return `M0,${-r * 1.3}L${r * 1.3},0L0,${r * 1.3}L${-r * 1.3},0Z`;
    default:
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}

/** Announced and threatened levels are dashed, in-effect ones solid: the same rule everywhere. */
export const ANNOUNCED_DASH = "6 4";
