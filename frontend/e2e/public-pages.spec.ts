// Each public page renders what the API holds, without console errors or serious axe violations.
import { test, expect } from './support/fixtures';
import { api } from './support/api';
import { publicData, rendersApiData, type PageCheck } from './support/data';
import { axeCheck, goto, noLoadingLeft, shot } from './support/pages';

const pages: PageCheck[] = [
  {
    name: 'overview',
    path: () => '/',
    check: async (page, { plan, summary }) => {
      await page.locator('h1', { hasText: plan.titleZh }).waitFor();
      await page.locator('.matrix__table tbody tr').first().waitFor();
      expect(await page.locator('.matrix__table tbody tr').count(), 'matrix must have a row per region').toBe(
        summary.byRegion.length,
      );
      expect(
        await page.locator('.matrix__table thead th.matrix__col').count(),
        'matrix must have a column per factor plus total',
      ).toBe(summary.byFactor.length + 1);
      await page
        .locator('.mcard')
        .nth(summary.byMilestone.length - 1)
        .waitFor();
      await page.locator('.echart svg').first().waitFor();
      // charts below the fold are drawn when scrolled to
      await page.locator('#h-burnup').scrollIntoViewIfNeeded();
      await page.locator('section[aria-labelledby="h-burnup"] .echart svg').waitFor();
      const kpi = await page.locator('.kpi').nth(1).locator('.kpi__value').innerText();
      expect(kpi.replace(/\D/g, ''), `task count ${kpi}`).toBe(String(summary.overall.tasks));
    },
  },
  {
    name: 'timeline',
    path: () => '/timeline',
    check: async (page, { summary }) => {
      await page.locator('h1').waitFor();
      await page.locator('.gantt[data-ready="true"] .grow').first().waitFor();
      await page.locator('details.alt summary').click();
      await page.locator('details.alt tbody tr').first().waitFor();
      const shown = await page.locator('details.alt tbody tr').count();
      expect(shown, `timeline table rows, API has ${summary.overall.tasks}`).toBe(Math.min(summary.overall.tasks, 500));
    },
  },
  {
    name: 'regions',
    path: () => '/regions',
    check: async (page, { summary, region }) => {
      await page.locator('.rcard').first().waitFor();
      expect(await page.locator('.rcard').count(), 'a card per region').toBe(summary.byRegion.length);
      await page.getByRole('link', { name: region.nameZh, exact: true }).waitFor();
    },
  },
  {
    name: 'region',
    path: ({ region }) => `/regions/${region.code}`,
    check: async (page, { region }) => {
      await page.locator('h1', { hasText: region.nameZh }).waitFor();
      await page.locator('#h-approval').waitFor();
      if (region.counts.tasks > 0) await page.locator('.titem').first().waitFor();
      await page.locator('#h-burnup').scrollIntoViewIfNeeded();
      await page.locator('section[aria-labelledby="h-burnup"] .echart svg').waitFor();
    },
  },
  {
    name: 'plan',
    path: () => '/plan',
    check: async (page, { measure, summary }) => {
      await page.locator(`#measure-${measure.code.replace('.', '\\.')}`).waitFor();
      await page
        .locator('.chapter')
        .nth(summary.byFactor.length - 1)
        .waitFor();
      const empty = await page.locator('.empty-ch').count();
      const withoutItems = (await api<{ items?: unknown[] }[]>('factors')).filter((f) => !f.items?.length).length;
      expect(empty, 'chapters without items shown as such').toBe(withoutItems);
    },
  },
  {
    name: 'task',
    path: ({ task }) => `/tasks/${task.id}`,
    check: async (page, { task }) => {
      await page.locator('h1', { hasText: task.titleZh }).waitFor();
      await page.locator('.hist__item').first().waitFor();
      const links = await page.locator('.evidence a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(
        links.filter((h) => !/^https?:\/\//.test(h)),
        'only http(s) evidence links',
      ).toEqual([]);
    },
  },
];

for (const p of pages) {
  test(`${p.name}: renders API data, no console errors, no serious axe violations`, ({ page, errors }) =>
    rendersApiData(page, errors, p));
}

test('deep link /regions/<code> loads directly and survives reload', async ({ page, errors }) => {
  const { region } = await publicData();
  const res = await page.goto(`/regions/${region.code}`, { waitUntil: 'networkidle' });
  expect(res?.status(), 'deep link answered').toBe(200);
  await page.locator('h1', { hasText: region.nameZh }).waitFor();
  await page.reload({ waitUntil: 'networkidle' });
  await page.locator('h1', { hasText: region.nameZh }).waitFor();
  expect(errors).toEqual([]);
});

test('an overdue task says by how many days, apart from its slip against the original plan, and its mini-Gantt marks today', async ({
  page,
  errors,
}) => {
  const { today } = await api<{ today: string }>('dashboard/summary');
  const { items } = await api<{ items: { id: number; plannedEnd: string }[] }>('tasks?overdue=true&size=1');
  expect(items.length, 'the demo data has an overdue task').toBe(1);
  const task = items[0];
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${task.plannedEnd}T00:00:00Z`)) / 86_400_000);
  await goto(page, `/tasks/${task.id}`);
  const overdue = page.locator('[data-testid="overdue-days"]');
  await expect(overdue).toContainText(`逾期 ${days} 天`);
  await expect(
    page.locator('.slip').last(),
    'the slip line says it is measured against the original plan',
  ).toContainText('相对原计划');
  await expect(page.locator('.sched__now'), 'a today marker on each bar row').toHaveCount(3);
  await expect(page.locator('.sched__today')).toHaveText('今天');
  expect(errors).toEqual([]);
});

test('unknown task shows a designed not-found state', async ({ page }) => {
  await goto(page, '/tasks/999999999');
  await page.locator('[role="alert"]').waitFor();
  expect(await page.locator('h1').count(), 'one h1').toBe(1);
});

test('language switch changes labels, sets <html lang> and persists across reload', async ({ page, errors }) => {
  await goto(page, '/');
  await page.locator('nav a', { hasText: '总览' }).waitFor();
  expect(await page.getAttribute('html', 'lang'), 'starts in Chinese').toBe('zh-CN');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.locator('nav a', { hasText: 'Overview' }).waitFor();
  await page.locator('h2', { hasText: 'National milestones' }).waitFor();
  expect(await page.getAttribute('html', 'lang'), 'html lang is en').toBe('en');
  await page.reload({ waitUntil: 'networkidle' });
  await page.locator('h2', { hasText: 'Progress by factor' }).waitFor();
  expect(await page.getAttribute('html', 'lang'), 'html lang stays en after reload').toBe('en');
  await noLoadingLeft(page);
  await shot(page, 'overview-en', true);
  await axeCheck(page, 'overview (English)');
  await page.getByRole('button', { name: '切换到中文' }).click();
  await page.locator('nav a', { hasText: '总览' }).waitFor();
  expect(errors).toEqual([]);
});

test('?asOf= shows the banner, reaches every API call and stays on in-app links', async ({ page, errors }) => {
  const apiCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/')) apiCalls.push(r.url());
  });
  await goto(page, '/?asOf=2025-06-30');
  const banner = page.locator('.asof-banner');
  await banner.waitFor();
  const text = await banner.innerText();
  expect(text, 'banner names the date').toContain('2025年6月30日');
  expect(apiCalls.length, 'the page called the API').toBeGreaterThan(0);
  expect(
    apiCalls.filter((u) => !u.includes('asOf=2025-06-30')),
    'every API call carries asOf',
  ).toEqual([]);
  expect(await page.inputValue('#asof-input'), 'the date picker shows the date').toBe('2025-06-30');
  await page.locator('nav a', { hasText: '试点地区' }).click();
  await page.waitForURL(/\/regions\?asOf=2025-06-30/);
  await banner.waitFor();
  await shot(page, 'asof');
  expect(errors).toEqual([]);
});
