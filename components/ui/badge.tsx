import type { ReactNode } from "react";

const TONES = {
  neutral: "border-line text-muted",
  round: "border-kind-round text-kind-round",
  milestone: "border-kind-milestone text-kind-milestone",
  tariff: "border-kind-tariff text-kind-tariff",
} as const;

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: keyof typeof TONES }) {
  return (
    <span className={`inline-block rounded border px-1.5 py-px text-xs font-medium whitespace-nowrap ${TONES[tone]}`}>
      {children}
    </span>
  );
}
