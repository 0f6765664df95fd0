// The public pages' links: real 404s for unknown paths, the language in the link, one fetch per page,
// charts that print, and as-of views that show only what existed (issue 15, points 5, 8 to 11).
import { test, expect } from './support/fixtures';
import { api } from './support/api';
import { goto, noLoadingLeft } from './support/pages';

test.describe('unknown paths', () => {
  test('the server answers 404 with the app for unknown paths, 200 for the router’s pages', async ({ request }) => {
    const known = ['/', '/timeline', '/regions', '/regions/hefei-metro', '/plan', '/tasks/1', '/console/sign-in'];
    known.push('/console/tasks/1/edit', '/embed/regions/hefei-metro', '/embed/milestones/M2025', '/Regions/');
    for (const path of known) {
      const res = await request.get(path, { headers: { Accept: 'text/html' } });
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-type'], path).toContain('text/html');
    }
    for (const path of ['/no-such-page', '/regions/hefei-metro/extra', '/console/admin', '/tasks/', '/x/y/z.php']) {
      const res = await request.get(path, { headers: { Accept: 'text/html' } });
      expect(res.status(), path).toBe(404);
      expect(res.headers()['content-type'], path).toContain('text/html');
      expect(await res.text(), `${path} is the app's page`).toContain('<div id="app"></div>');
      expect(res.headers()['x-frame-options'], path).toBe('DENY');
    }
    // a reload with the browser's cached copy is still a 404, never a 304
    const first = await request.get('/no-such-page');
    const again = await request.get('/no-such-page', {
      headers: { 'If-None-Match': first.headers()['etag'] ?? '*', 'If-Modified-Since': new Date().toUTCString() },
    });
    expect(again.status()).toBe(404);
    // the API keeps its own problem+json 404s
    const apiRes = await request.get('/api/v1/no-such-thing');
    expect(apiRes.status()).toBe(404);
    expect(apiRes.headers()['content-type']).toContain('application/problem+json');
  });

  test('a browser gets the not-found page with 404; deep links and reloads keep working', async ({ page }) => {
    const res = await page.goto('/no-such-page', { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('页面不存在');
    await page.getByRole('link', { name: '返回总览' }).click();
    await page.locator('.kpi').first().waitFor();
    const deep = await page.goto('/regions/hefei-metro', { waitUntil: 'networkidle' });
    expect(deep?.status()).toBe(200);
    await page.locator('h1').waitFor();
    const reload = await page.reload({ waitUntil: 'networkidle' });
    expect(reload?.status()).toBe(200);
    await expect(page.locator('h1')).not.toHaveText('页面不存在');
    expect(new URL(page.url()).pathname).toBe('/regions/hefei-metro');
  });
});

test.describe('language in the link', () => {
  test('?lang=en opens in English, ?lang=zh in Chinese, and the switch writes the address', async ({
    page,
    errors,
  }) => {
    await goto(page, '/regions/hefei-metro?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.locator('nav a', { hasText: 'Overview' }).waitFor();
    // in-app navigation keeps the language in the address
    await page.locator('nav a', { hasText: 'Plan' }).click();
    await page.waitForURL((u) => u.pathname === '/plan');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    // the switch changes the language and the address
    await page.getByRole('button', { name: '切换到中文' }).click();
    await page.locator('nav a', { hasText: '总览' }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.locator('nav a', { hasText: 'Overview' }).waitFor();
    const shared = page.url();
    expect(new URL(shared).searchParams.get('lang')).toBe('en');

    // the copied address opens in English for a reader whose browser would show Chinese
    const reader = await page.context().browser()!.newContext({ locale: 'zh-CN' });
    const other = await reader.newPage();
    await other.goto(shared, { waitUntil: 'networkidle' });
    await expect(other.locator('html')).toHaveAttribute('lang', 'en');
    await other.locator('nav a', { hasText: 'Overview' }).waitFor();
    await other.goto('/?lang=zh', { waitUntil: 'networkidle' });
    await expect(other.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await other.locator('nav a', { hasText: '总览' }).waitFor();
    await reader.close();
    expect(errors).toEqual([]);
  });
});

test('the task page fetches its task once, and once again for another as-of date', async ({ page, errors }) => {
  const { items } = await api<{ items: { id: number; titleZh: string; measureCode: string }[] }>(
    'tasks?size=1&sort=id',
  );
  const task = items[0];
  const own = new RegExp(`/api/v1/tasks/${task.id}(\\?|$)`);
  const fetched: string[] = [];
  page.on('request', (req) => {
    if (own.test(req.url())) fetched.push(req.url());
  });
  await goto(page, `/tasks/${task.id}`);
  await page.locator('h1', { hasText: task.titleZh }).waitFor();
  await expect(page.getByText(`${task.measureCode}`).first()).toBeVisible();
  await noLoadingLeft(page);
  expect(fetched, 'GET /tasks/:id once').toHaveLength(1);
  await goto(page, `/tasks/${task.id}?asOf=2026-01-01`);
  await noLoadingLeft(page);
  expect(fetched, 'and once more for the new date').toHaveLength(2);
  expect(fetched[1]).toContain('asOf=2026-01-01');
  expect(errors).toEqual([]);
});

test('the burn-up draws for print without scrolling first, with axis titles and a legend of line styles', async ({
  page,
  errors,
}) => {
  await goto(page, '/');
  await page.locator('.kpi').first().waitFor();
  const burnup = page.locator('section[aria-labelledby="h-burnup"]');
  await burnup.locator('.echart').waitFor({ state: 'attached' });
  // below the fold, not scrolled to: not drawn yet
  expect(await burnup.locator('.echart svg').count(), 'not drawn before it is seen or printed').toBe(0);
  await page.emulateMedia({ media: 'print' });
  await burnup.locator('.echart svg').waitFor({ state: 'attached' });
  const svg = burnup.locator('.echart svg');
  await expect(svg).toContainText('月份');
  await expect(svg).toContainText('任务数（累计）');
  // the planned and baseline lines, and their legend keys, have different dash patterns
  const dashes = await svg
    .locator('path[stroke-dasharray]')
    .evaluateAll((ps) => [...new Set(ps.map((p) => p.getAttribute('stroke-dasharray')))].filter(Boolean));
  expect(dashes.length, `two dash patterns in the chart: ${dashes}`).toBeGreaterThanOrEqual(2);
  const keys = await burnup
    .locator('.burnup__legend line')
    .evaluateAll((ls) => ls.map((l) => l.getAttribute('stroke-dasharray') ?? 'solid'));
  expect(new Set(keys).size, `legend keys ${keys}`).toBe(keys.length);
  await page.emulateMedia({ media: 'screen' });
  expect(errors).toEqual([]);
});

test('English dates have one format: day, month name, year', async ({ page, errors }) => {
  await goto(page, '/?lang=en');
  await page.locator('.mcard').first().waitFor();
  const strip = page.locator('section[aria-labelledby="h-milestones"]');
  await strip.locator('.echart svg').waitFor();
  const text = await page.locator('main').innerText();
  expect(text, 'no day/month/year in digits').not.toMatch(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/);
  expect(await strip.locator('.echart svg').textContent()).toMatch(/Today \d{1,2} [A-Z][a-z]{2,4} \d{4}/);
  expect(errors).toEqual([]);
});

test.describe('as-of views', () => {
  test('before the plan and the approvals: no milestones, no regions, and the date is the as-of date', async ({
    page,
    errors,
  }) => {
    await goto(page, '/?asOf=2021-03-01');
    await expect(page.getByTestId('data-date')).toHaveText('截至 2021年3月1日');
    await expect(page.getByTestId('asof-no-milestones')).toContainText('总体方案尚未印发（2021年12月21日 印发）');
    await page.locator('#h-matrix').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('asof-no-regions')).toHaveText('截至 2021年3月1日，尚无获批的试点地区。');
    await expect(page.locator('.matrix__table')).toHaveCount(0);
    await page.locator('#h-burnup').scrollIntoViewIfNeeded();
    await noLoadingLeft(page);
    expect(await page.locator('main').innerText(), 'nothing on a past day is called today').not.toContain('今天');

    await goto(page, '/regions?asOf=2021-03-01');
    await expect(page.getByText('截至 2021年3月1日，尚无获批的试点地区。')).toBeVisible();
    await goto(page, '/regions/hefei-metro?asOf=2021-03-01');
    await expect(page.getByTestId('asof-not-approved')).toContainText('该地区尚未获批（2025年9月11日 获批）');
    expect(errors).toEqual([]);
  });

  test('after the approvals: regions and milestones, the marker says 截至 / As of', async ({ page, errors }) => {
    await goto(page, '/?asOf=2026-01-01');
    const strip = page.locator('section[aria-labelledby="h-milestones"] .echart svg');
    await expect(strip).toContainText('截至 2026/01/01');
    await expect(strip).not.toContainText('今天');
    await page.locator('#h-matrix').scrollIntoViewIfNeeded();
    await expect(page.locator('.matrix__table tbody tr').first()).toBeVisible();
    await goto(page, '/?asOf=2026-01-01&lang=en');
    await expect(page.getByTestId('data-date')).toHaveText('As of 1 Jan 2026');
    await expect(page.locator('section[aria-labelledby="h-milestones"] .echart svg')).toContainText('As of 1 Jan 2026');
    await goto(page, '/regions/hefei-metro?asOf=2026-01-01&lang=zh');
    await expect(page.getByTestId('asof-not-approved')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
