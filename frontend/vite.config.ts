import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath, URL } from 'node:url';

// The API (and /q: OpenAPI, Swagger UI, health) lives on the Quarkus app. In production the
// built files are served by Quarkus (Quinoa) from the same origin; in dev and preview Vite proxies.
const backend = process.env.PILOTBOARD_API ?? 'http://localhost:8081';
const proxy = {
  '/api': { target: backend, changeOrigin: false },
  '/q': { target: backend, changeOrigin: false },
};

// Mirrors the production policy: no inline scripts, no third-party origins.
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors *",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_JIT_COMPILATION__: 'true',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'false',
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy, headers: { 'Content-Security-Policy': csp } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      output: {
        manualChunks(id) {
          // ECharts is left to Rollup's own splitting: the Gantt's extra parts then load only on the timeline
          if (/node_modules[\\/](vue|@vue|vue-router|vue-i18n|@intlify)[\\/]/.test(id)) return 'vendor';
          return undefined;
        },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
});
