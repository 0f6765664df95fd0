import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { createFormatters } from '@/lib/format';
import { isZhShown, pickLang } from '@/lib/locale';

/** Formatters and bilingual pickers for the current UI language. */
export function useFormat() {
  const { locale, t, te } = useI18n();
  const fmt = computed(() => createFormatters(locale.value));
  /** Bilingual field for the UI language. */
  const L = (zh: string | null | undefined, en: string | null | undefined) => pickLang(locale.value, zh, en);
  /** lang attribute for a bilingual field as shown (zh-CN when the Chinese text is shown in the English UI). */
  const langOf = (en: string | null | undefined) =>
    locale.value === 'en' && isZhShown('en', en) ? 'zh-CN' : undefined;
  const statusLabel = (s: string) => t(`status.${s}`);
  return { fmt, L, langOf, locale, t, te, statusLabel };
}
