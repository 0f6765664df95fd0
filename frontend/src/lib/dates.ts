// Calendar dates as ISO strings (YYYY-MM-DD), handled in UTC so that time zones never shift a day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DAY_MS = 86_400_000;

/** True for a real calendar date written YYYY-MM-DD (2023-02-30 is false). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10) return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  // no Date object: the timeline checks some 100,000 dates at the national scale
  const y = +m[1],
    mo = +m[2],
    d = +m[3];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31);
}

/** Milliseconds at 00:00 UTC of an ISO date; NaN when invalid. */
export function toUtcMs(iso: string | null | undefined): number {
  if (!iso || !isIsoDate(iso)) return Number.NaN;
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

export function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromUtcMs(toUtcMs(iso) + days * DAY_MS);
}

/** Whole days from a to b (b - a). */
export function diffDays(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/** Last day of the month containing iso. */
export function endOfMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return fromUtcMs(Date.UTC(y, m, 0));
}

/** Ends of every month from the month of start to the month of end, inclusive. */
export function monthEnds(start: string, end: string): string[] {
  const out: string[] = [];
  let [y, m] = start.split('-').map(Number);
  const [ey, em] = end.split('-').map(Number);
  while (y < ey || (y === ey && m <= em)) {
    out.push(fromUtcMs(Date.UTC(y, m, 0)));
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export function minDate(...dates: (string | null | undefined)[]): string | null {
  const ok = dates.filter((d): d is string => isIsoDate(d));
  return ok.length ? ok.reduce((a, b) => (a < b ? a : b)) : null;
}

export function maxDate(...dates: (string | null | undefined)[]): string | null {
  const ok = dates.filter((d): d is string => isIsoDate(d));
  return ok.length ? ok.reduce((a, b) => (a > b ? a : b)) : null;
}

/** Today in the given IANA zone (default China time, as the backend uses). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
export function todayIn(timeZone = 'Asia/Shanghai', now: Date = new Date()): string {
  // China keeps UTC+8 all year: no need for the (slow to build) time-zone formatter
  if (timeZone === 'Asia/Shanghai') return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  const parts = f.formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Whole days from the China-time day of an instant to the day `to` (today there when absent), at least 0. */
export function daysSince(instant: string, to: string | null = null): number {
  const day = todayIn('Asia/Shanghai', new Date(instant));
  return Math.max(0, diffDays(day, to ?? todayIn()));
}
