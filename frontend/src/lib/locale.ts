export const LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';
export const LOCALE_STORAGE_KEY = 'pilotboard.locale';

export function isAppLocale(v: unknown): v is AppLocale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

/** Picks the Chinese or English variant of a bilingual field, falling back to Chinese. */
export function pickLang(locale: string, zh: string | null | undefined, en: string | null | undefined): string {
  if (locale === 'en' && en && en.trim()) return en;
  return zh ?? en ?? '';
}

/** True when the text shown for locale comes from the Chinese field (so it needs lang="zh-CN"). */
export function isZhShown(locale: string, en: string | null | undefined): boolean {
  return !(locale === 'en' && en && en.trim());
}

/** The language a link asks for with ?lang=: `en`, `zh` or `zh-CN` (any case); null for anything else. */
export function langFromQuery(v: unknown): AppLocale | null {
  const value = Array.isArray(v) ? v[0] : v;
  if (typeof value !== 'string') return null;
  const lower = value.trim().toLowerCase();
  if (lower === 'en') return 'en';
  if (lower === 'zh' || lower === 'zh-cn') return 'zh-CN';
  return null;
}

/** What ?lang= says for a language in the links the app writes. */
export function langParam(locale: AppLocale): 'en' | 'zh' {
  return locale === 'en' ? 'en' : 'zh';
}
