import { markerPath, PALETTE_SIZE, seriesMarker } from "./palette";

export interface PngLegendItem {
  label: string;
  colorIndex: number;
}

// The chart is coloured through CSS (theme variables, classes); an SVG drawn as an image sees no page
// CSS, so the resolved values are written onto each cloned element before serializing.
const INLINED = [
  "fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity", "opacity",
  "font-family", "font-size", "font-weight", "text-anchor", "dominant-baseline", "visibility", "display",
];

function inlineStyles(source: Element, target: Element) {
  const sources = [source, ...source.querySelectorAll("*")];
  const targets = [target, ...target.querySelectorAll("*")];
  sources.forEach((element, i) => {
    const computed = getComputedStyle(element);
    const style = INLINED.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(";");
    targets[i]?.setAttribute("style", style);
  });
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("The chart could not be drawn as an image"));
    image.src = src;
  });
}

/**
 * The chart as a PNG: its SVG serialized (no library) and drawn on a canvas at twice the size,
 * with a title above and the legend below, since those are HTML on the page.
 */
export async function chartPng(svg: SVGSVGElement, title: string, subtitle: string, legend: PngLegendItem[]): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  const markup = new XMLSerializer().serializeToString(clone);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`);

  const root = getComputedStyle(document.documentElement);
  const color = (name: string, fallback: string) => root.getPropertyValue(name).trim() || fallback;
  const font = getComputedStyle(document.body).fontFamily;
  const pad = 16;
  const header = 52;
  const columns = Math.max(1, Math.floor((width - 2 * pad) / 170));
  const legendHeight = Math.ceil(legend.length / columns) * 20 + 28;
  const scale = 2;
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil((width + 2 * pad) * scale);
  canvas.height = Math.ceil((header + height + legendHeight) * scale);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("This browser cannot draw images");
  ctx.scale(scale, scale);
  ctx.fillStyle = color("--surface", "#ffffff");
  ctx.fillRect(0, 0, width + 2 * pad, header + height + legendHeight);
  ctx.fillStyle = color("--text", "#1b1d21");
  ctx.font = `600 15px ${font}`;
  ctx.fillText(title, pad, 24, width);
  ctx.fillStyle = color("--muted", "#5a606b");
  ctx.font = `12px ${font}`;
  ctx.fillText(subtitle, pad, 42, width);
  ctx.drawImage(image, pad, header, width, height);

  legend.forEach((item, i) => {
    const x = pad + (i % columns) * 170;
    const y = header + height + 14 + Math.floor(i / columns) * 20;
    // Custom properties compute with their var() references resolved, so --series-7 yields the text colour.
    ctx.strokeStyle = color(`--series-${(item.colorIndex % PALETTE_SIZE) + 1}`, "#0072b2");
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 22, y);
    ctx.stroke();
    ctx.fillStyle = color("--surface", "#ffffff");
    const marker = new Path2D(markerPath(seriesMarker(item.colorIndex), 3));
    ctx.save();
    ctx.translate(x + 11, y);
    ctx.fill(marker);
    ctx.stroke(marker);
    ctx.restore();
    ctx.fillStyle = color("--text", "#1b1d21");
    ctx.font = `12px ${font}`;
    ctx.fillText(item.label, x + 28, y + 4, 136);
  });
  ctx.fillStyle = color("--muted", "#5a606b");
  ctx.font = `11px ${font}`;
  ctx.fillText("Solid: in effect · dashed: announced or threatened · Trade Talks Tracker", pad, header + height + legendHeight - 8, width);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The image could not be encoded"))), "image/png"),
  );
}
