import { toUtcMs } from './dates';
import type { AppLocale } from './locale';

/** Intl locale used for each UI language. */
export function intlLocale(locale: AppLocale | string): string {
  return locale === 'en' ? 'en-GB' : 'zh-CN';
}

export interface Formatters {
  /** 2025-09-11 → 2025年9月11日 / 11 Sept 2025 (English dates have this one format everywhere: never 11/09/2025) */
  date(iso: string | null | undefined): string;
  /** 2025-09-11 → 2025/09/11 / 11 Sept 2025 (tables, chart labels) */
  shortDate(iso: string | null | undefined): string;
  /** 2025-09-11 → 2025年9月 / Sept 2025 */
  month(iso: string | null | undefined): string;
  /** Instant → date and time in China time */
  dateTime(instant: string | null | undefined): string;
  number(n: number | null | undefined, fractionDigits?: number): string;
  /** 37.5 → 37.5% */
  percent(n: number | null | undefined, fractionDigits?: number): string;
  /** Quarter label: 2025-09-11 → 2025年第3季度 / Q3 2025 */
  quarter(iso: string | null | undefined): string;
}

const DASH = '—';

const cache = new Map<string, Formatters>();

/** Formatters for a language, built once and shared (Intl constructors are costly). */
export function createFormatters(locale: AppLocale | string, timeZone = 'Asia/Shanghai'): Formatters {
  const key = `${locale}|${timeZone}`;
  let f = cache.get(key);
  if (!f) {
    f = buildFormatters(locale, timeZone);
    cache.set(key, f);
  }
  return f;
}

/** Builds an Intl formatter on first use only. */
function lazy<T>(make: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= make());
}

function buildFormatters(locale: AppLocale | string, timeZone: string): Formatters {
  const loc = intlLocale(locale);
  // English: day, short month name, year ("2 Dec 2026"), in full dates and short ones alike, since
  // "02/12/2026" reads as 12 February to an American reader; Chinese puts the year first either way.
  const dateFmt = lazy(
    () =>
      new Intl.DateTimeFormat(loc, {
        year: 'numeric',
        month: locale === 'en' ? 'short' : 'long',
        day: 'numeric',
        timeZone: 'UTC',
      }),
  );
  const shortFmt =
    locale === 'en'
      ? dateFmt
      : lazy(
          () => new Intl.DateTimeFormat(loc, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }),
        );
  const monthFmt = lazy(
    () => new Intl.DateTimeFormat(loc, { year: 'numeric', month: locale === 'en' ? 'short' : 'long', timeZone: 'UTC' }),
  );
  const dtFmt = lazy(
    () =>
      new Intl.DateTimeFormat(loc, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
        timeZone,
      }),
  );
  const numCache = new Map<number, Intl.NumberFormat>();
  const num = (d: number) => {
    let f = numCache.get(d);
    if (!f) {
      f = new Intl.NumberFormat(loc, { minimumFractionDigits: 0, maximumFractionDigits: d });
      numCache.set(d, f);
    }
    return f;
  };
  const pct = new Map<number, Intl.NumberFormat>();
  const pctFmt = (d: number) => {
    let f = pct.get(d);
    if (!f) {
      f = new Intl.NumberFormat(loc, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: d });
      pct.set(d, f);
    }
    return f;
  };
  const day = (iso: string | null | undefined, f: () => Intl.DateTimeFormat) => {
    const ms = toUtcMs(iso);
    return Number.isNaN(ms) ? DASH : f().format(ms);
  };
  return {
    date: (iso) => day(iso, dateFmt),
    shortDate: (iso) => day(iso, shortFmt),
    month: (iso) => day(iso, monthFmt),
    dateTime: (instant) => {
      if (!instant) return DASH;
      const ms = Date.parse(instant);
      return Number.isNaN(ms) ? DASH : dtFmt().format(ms);
    },
    number: (n, d = 0) => (n === null || n === undefined || Number.isNaN(n) ? DASH : num(d).format(n)),
    percent: (n, d = 1) => (n === null || n === undefined || Number.isNaN(n) ? DASH : pctFmt(d).format(n / 100)),
    quarter: (iso) => {
      const ms = toUtcMs(iso);
      if (Number.isNaN(ms)) return DASH;
      const dt = new Date(ms);
      const q = Math.floor(dt.getUTCMonth() / 3) + 1;
      const y = dt.getUTCFullYear();
      return locale === 'en' ? `Q${q} ${y}` : `${y}年第${q}季度`;
    },
  };
}
