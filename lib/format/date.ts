import type { DatePrecision } from "../vocab/vocab";

export interface DatedValue {
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision | string;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

function parts(iso: string) {
  const [y, m, d] = iso.split("-").map(Number);
  return { y, m, d };
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "16 Apr 2025" */
export function formatDay(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function formatDayRange(start: string, end: string): string {
  if (start === end) return formatDay(start);
  const a = parts(start);
  const b = parts(end);
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${a.y}`;
  if (a.y === b.y) return `${a.d} ${MONTHS[a.m - 1]} – ${b.d} ${MONTHS[b.m - 1]} ${a.y}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}

/** Names a bound interval the way a reporter would when it sits inside one month. */
function describeInterval(start: string, end: string): string {
  const a = parts(start);
  const b = parts(end);
  if (a.y === b.y && a.m === b.m) {
    const month = `${MONTHS_LONG[a.m - 1]} ${a.y}`;
    const last = lastDayOfMonth(a.y, a.m);
    if (a.d === 1 && b.d === last) return month;
    if (a.d === 1 && b.d <= 10) return `early ${month}`;
    if (a.d >= 10 && a.d <= 11 && b.d >= 19 && b.d <= 20) return `mid-${month}`;
    if (a.d >= 20 && b.d === last) return `late ${month}`;
  }
  return `between ${formatDay(start)} and ${formatDay(end)}`;
}

/** A date shown with no more precision than is known: "week of 2 Jun 2025", "mid-April 2025". */
export function formatFuzzyDate(value: DatedValue): string {
  const { dateStart: start, dateEnd, datePrecision } = value;
  if (!start || datePrecision === "unknown") return "Date unknown";
  const end = dateEnd ?? start;
  switch (datePrecision) {
    case "day":
      return formatDayRange(start, end);
    case "week":
      return `week of ${formatDay(start)}`;
    case "month": {
      const { y, m } = parts(start);
      return `${MONTHS_LONG[m - 1]} ${y}`;
    }
    default:
      return describeInterval(start, end);
  }
}

/** "April 2025": the heading a timeline groups events under. */
export function formatMonthHeading(iso: string): string {
  const { y, m } = parts(iso);
  return `${MONTHS_LONG[m - 1]} ${y}`;
}
