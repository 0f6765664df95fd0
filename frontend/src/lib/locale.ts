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
