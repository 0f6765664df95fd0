import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';

/** Sets document.title to "<page> · 试点看板 Pilotboard". */
export function usePageTitle(title: () => string | null | undefined) {
  const { t } = useI18n();
  watchEffect(() => {
    const page = title();
    const site = `${t('app.name')} ${t('app.nameLatin')}`;
    document.title = page ? `${page} · ${site}` : site;
  });
}
