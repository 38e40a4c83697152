/** The days a FORMAT.md `when` covers: a day, a month, a year, or an interval of those. */
export function whenRange(when: string): [number, number] | null {
  const [a, b] = when.split("/");
  const first = pointRange(a);
  const last = pointRange(b ?? a);
  return first && last ? [first[0], last[1]] : null;
}

function pointRange(p: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(p);
  if (!m) return null;
  const y = Number(m[1]);
  const day = (mo: number, d: number) => Math.floor(Date.UTC(y, mo - 1, d) / 86_400_000);
  if (m[3]) return [day(Number(m[2]), Number(m[3])), day(Number(m[2]), Number(m[3]))];
  if (m[2]) return [day(Number(m[2]), 1), day(Number(m[2]) + 1, 0)];
  return [day(1, 1), day(12, 31)];
}

/** FORMAT.md: an extracted date matches when it falls inside the gold interval. */
export function whenInside(extracted: string | null, gold: string | null): boolean {
  if (gold === null || extracted === null) return gold === extracted;
  const e = whenRange(extracted);
  const g = whenRange(gold);
  return !!e && !!g && e[0] >= g[0] && e[1] <= g[1];
}

/** Do two `when`s share at least one day? (null shares nothing.) */
export function whenOverlaps(a: string | null, b: string | null): boolean {
  const x = a === null ? null : whenRange(a);
  const y = b === null ? null : whenRange(b);
  return !!x && !!y && x[0] <= y[1] && y[0] <= x[1];
}
