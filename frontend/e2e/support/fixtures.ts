// The fixtures every spec imports instead of @playwright/test's own `test`:
//   errors     console errors, page errors and failed requests of the test's `page` (checked by the test)
//   openPage   a further browser context (a second user, another viewport), closed after the test
//   adminToken an API token of the bootstrap admin (E2E_ADMIN_USERNAME / E2E_ADMIN_PASSWORD)
//   official   a pilot region of the test's own with an official for it, made through the API
import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { ADMIN, BASE_URL, loginToken, newRegion, newUser, type Account } from './api';

// Requests that may fail without failing a test: the burn-up endpoint until the backend ships it
// (the page then computes the series itself).
const TOLERATED_FAILURES = [/\/api\/v1\/dashboard\/burnup(\?|$)/];

/** Records console errors, uncaught errors and HTTP errors of our server on the page. */
export function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const url = msg.location()?.url || '';
    if (/Failed to load resource/.test(msg.text()) && TOLERATED_FAILURES.some((re) => re.test(url))) return;
    errors.push(`console: ${msg.text()} ${url}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (res) => {
    const url = res.url();
    if (res.status() >= 400 && url.startsWith(BASE_URL) && !TOLERATED_FAILURES.some((re) => re.test(url))) {
      errors.push(`HTTP ${res.status()} ${url}`);
    }
  });
  return errors;
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

export interface Official extends Account {
  region: string;
}

interface Fixtures {
  errors: string[];
  openPage: (options?: BrowserContextOptions) => Promise<Opened>;
  adminToken: string;
  official: Official;
}

export const test = base.extend<Fixtures>({
  errors: async ({ page }, use) => {
    await use(watch(page));
  },
  openPage: async ({ browser, viewport, locale, baseURL, actionTimeout, navigationTimeout }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ viewport, locale, baseURL, ...options });
      context.setDefaultTimeout(actionTimeout || 20_000);
      context.setDefaultNavigationTimeout(navigationTimeout || 20_000);
      contexts.push(context);
      const page = await context.newPage();
      return { context, page, errors: watch(page) };
    });
    for (const context of contexts) await context.close();
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  adminToken: async ({}, use) => {
    await use(await loginToken(ADMIN.username, ADMIN.password));
  },
  official: async ({ adminToken }, use) => {
    const region = await newRegion(adminToken);
    await use({ ...(await newUser(adminToken, 'official', [region])), region });
  },
});

export { expect } from '@playwright/test';
