import { defineConfig } from '@playwright/test';

// Browser tests of the packaged app: BASE_URL=http://127.0.0.1:8080 E2E_ADMIN_USERNAME=admin \
//   E2E_ADMIN_PASSWORD=... npx playwright test   (or npm run e2e; DashboardBrowserIT runs it in `mvn verify`).
// Debian's Chromium, never a downloaded browser (`npx playwright install` cannot work here).
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/artifacts',
  // One worker: the public pages compare what they show with the API's counts at that moment, and the
  // console tests add regions, users and tasks; run side by side they would race those comparisons.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  // generous: on a busy 2-core machine one page with its axe check has taken over 100 s
  timeout: 300_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: './test-results/html-report' }]],
  use: {
    browserName: 'chromium',
    baseURL: (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, ''),
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    actionTimeout: 20_000,
    navigationTimeout: 20_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
