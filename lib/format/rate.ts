/** "27.5%", "145%": a rate as analysts write it, without trailing zeros. */
export function formatRate(rate: number): string {
  return `${Number(rate.toFixed(2))}%`;
}

export function formatRoundNumber(n: number | null): string {
  if (n === null) return "Unnumbered round";
  return `Round ${n}`;
}

/** "6th" */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${{ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th"}`;
}

/** "Round 6 · U.S.–Japan tariff talks": the title of a round wherever it appears. */
export function roundHeadline(round: { number: number | null; negotiation: { title: string } }): string {
  return `${formatRoundNumber(round.number)} · ${round.negotiation.title}`;
}
