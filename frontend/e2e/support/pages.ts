// What the specs do on pages: navigate, wait for data, check accessibility, sign in, save screenshots.
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Navigates and waits for the network to settle (the page's API calls answered). */
export async function goto(page: Page, p: string) {
  await page.goto(p, { waitUntil: 'networkidle' });
}

/** Waits until no part of the page is still loading. */
export async function noLoadingLeft(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
}

/** No serious or critical axe violation on the page as it is now. */
export async function axeCheck(page: Page, label: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${v.id} [${v.impact}] ×${v.nodes.length}: ${v.nodes
          .slice(0, 2)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    ),
    `${label}: axe found ${bad.length} serious/critical violation(s)`,
  ).toEqual([]);
}

/** A screenshot for people to look at: frontend/test-results/<name>.png, also attached to the report. */
export async function shot(page: Page, name: string, fullPage = false) {
  const file = path.join(path.dirname(test.info().config.configFile ?? '.'), 'test-results', `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  await test.info().attach(name, { path: file, contentType: 'image/png' });
}

/** How many pixels the page is wider than the window (sideways scrolling). */
export async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** A CSS id selector for ids with dots (measure codes). */
export const cssId = (id: string) => `#${id.replace(/\./g, '\\.')}`;

/** The errors that are not the given expected HTTP statuses (a 412 conflict, a 422 report, a 401 after sign-out). */
export function unexpected(errors: string[], ...statuses: number[]): string[] {
  return errors.filter((e) => !statuses.some((s) => new RegExp(`HTTP ${s} |status of ${s}`).test(e)));
}

/** Opens p (a console page): the guard sends to sign-in, which comes back to p. */
export async function signIn(page: Page, username: string, password: string, p = '/console') {
  await goto(page, p);
  await page.waitForURL(/\/console\/sign-in/);
  await page.fill('#si-user', username);
  await page.fill('#si-pass', password);
  await page.click('form button[type="submit"]');
  await page.waitForURL((u) => u.pathname === p.split('?')[0]);
  await page.locator('[data-testid="who"]').waitFor();
}

/** Follows a console navigation link and waits for its page to load. */
export async function clickNav(page: Page, name: string, pathname: string) {
  await page.locator('nav.cnav a', { hasText: name }).click();
  await page.waitForURL((u) => u.pathname === pathname);
  await noLoadingLeft(page);
}

export interface QuickUpdate {
  status: string;
  progress: number;
  comment: string;
  url?: string;
  label?: string;
}

/** Posts a quick update from "my tasks" and waits until the row shows it. */
export async function quickUpdate(page: Page, taskId: number, { status, progress, comment, url, label }: QuickUpdate) {
  const row = page.locator(`li.ctask[data-task-id="${taskId}"]`);
  await row.waitFor();
  await row.getByRole('button', { name: '快速更新' }).click();
  await page.selectOption(`#qu-${taskId}-status`, status);
  await page.fill(`#qu-${taskId}-progress`, String(progress));
  await page.fill(`#qu-${taskId}-comment`, comment);
  if (url) {
    await page.fill(`#qu-${taskId}-ev0-url`, url);
    await page.fill(`#qu-${taskId}-ev0-label`, label ?? '');
  }
  const saved = page.waitForResponse(
    (r) => r.url().includes(`/api/v1/tasks/${taskId}/updates`) && r.request().method() === 'POST',
  );
  await row.getByRole('button', { name: '保存更新' }).click();
  const res = await saved;
  expect([200, 201], `quick update answered ${res.status()}: ${await res.text()}`).toContain(res.status());
  await row.locator('.latest', { hasText: comment }).waitFor();
}
