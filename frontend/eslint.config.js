// ESLint for the frontend's code (npm run lint: src, tests and the browser tests in e2e); Prettier does the layout
// (eslint-config-prettier turns off the rules that would fight it).
import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // views use short multi-word-less names such as NotFoundView only where the router names them
      'vue/multi-word-component-names': 'off',
      // i18n texts and API data are shown as text; the few v-html uses are escaped first (lib/safe)
      'vue/no-v-html': 'off',
    },
  },
  prettier,
);
