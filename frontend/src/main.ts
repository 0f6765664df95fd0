import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router';
import { i18n, setLocale } from './i18n';
import type { AppLocale } from './lib/locale';
import './styles/main.css';

// <html lang> follows the chosen language from the start
setLocale(i18n.global.locale.value as AppLocale, false);

// charts' data tables live in <details>: open them when printing
window.addEventListener('beforeprint', () => {
  document.querySelectorAll('details.alt').forEach((d) => d.setAttribute('open', ''));
});

createApp(App).use(i18n).use(router).mount('#app');
