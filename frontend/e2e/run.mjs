// End-to-end checks of the public dashboard against a running server.
//   BASE_URL=http://localhost:8080 npm run e2e
// Needs Chromium (CHROME_PATH, default /usr/bin/chromium). Screenshots go to test-results/.
// Prints "N passed, M failed" last and exits non-zero on any failure. No sleeps: every wait is
// for a selector, a function or network idle.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const TIMEOUT = Number(process.env.E2E_TIMEOUT || 20000);
const CHROME_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync',
];

// Requests that may fail without failing a test: the burn-up endpoint until the backend ships it
// (the page then computes the series itself).
const TOLERATED_FAILURES = [/\/api\/v1\/dashboard\/burnup(\?|$)/];

let passed = 0;
let failed = 0;
const failures = [];

async function api(p) {
  const res = await fetch(`${BASE_URL}/api/v1/${p}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET /api/v1/${p} -> ${res.status}`);
  return res.json();
}

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

async function test(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    failures.push(name);
    console.log(`  ✗ ${name}\n      ${String(e?.stack || e).split('\n').slice(0, 4).join('\n      ')}`);
  }
}

/** A fresh context and page that records console errors and failed requests. */
async function openPage(browser, { viewport = { width: 1280, height: 900 }, locale = 'zh-CN' } = {}) {
  const context = await browser.newContext({ viewport, locale });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const errors = [];
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
  return { context, page, errors };
}

async function axeCheck(page, label) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(
    bad.length === 0,
    `${label}: axe found ${bad.length} serious/critical violation(s): ` +
      bad.map((v) => `${v.id} [${v.impact}] ×${v.nodes.length}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`).join('; '),
  );
}

async function goto(page, p) {
  await page.goto(`${BASE_URL}${p}`, { waitUntil: 'networkidle' });
}

async function noLoadingLeft(page) {
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
}

async function main() {
  await mkdir(OUT, { recursive: true });
  console.log(`Pilotboard e2e against ${BASE_URL}`);

  // What the API holds, to check that pages show it.
  const [plan, regions, summary, tasksPage, milestones] = await Promise.all([
    api('plan'), api('regions'), api('dashboard/summary'), api('tasks?size=50&sort=id'), api('milestones'),
  ]);
  assert(regions.length > 0, 'the API has no regions');
  const region = summary.byRegion.find((r) => r.counts.tasks > 0) ?? summary.byRegion[0];
  const task = tasksPage.items.find((t) => t.status !== 'not_started') ?? tasksPage.items[0];
  const milestone = summary.byMilestone.find((m) => m.counts.tasks > 0) ?? summary.byMilestone[0];
  const measure = (await api('measures'))[0];
  console.log(`  data: ${regions.length} regions, ${summary.overall.tasks} tasks; region ${region.code}, task ${task?.id ?? '—'}, milestone ${milestone.code}`);

  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });

  const pages = [
    {
      name: 'overview', path: '/',
      check: async (page) => {
        await page.locator('h1', { hasText: plan.titleZh }).waitFor();
        await page.locator('.matrix__table tbody tr').first().waitFor();
        assert((await page.locator('.matrix__table tbody tr').count()) === summary.byRegion.length, 'matrix must have a row per region');
        assert((await page.locator('.matrix__table thead th.matrix__col').count()) === summary.byFactor.length + 1, 'matrix must have a column per factor plus total');
        await page.locator('.mcard').nth(summary.byMilestone.length - 1).waitFor();
        await page.locator('.echart svg').first().waitFor();
        // charts below the fold are drawn when scrolled to
        await page.locator('#h-burnup').scrollIntoViewIfNeeded();
        await page.locator('section[aria-labelledby="h-burnup"] .echart svg').waitFor();
        const kpi = await page.locator('.kpi').nth(1).locator('.kpi__value').innerText();
        assert(kpi.replace(/\D/g, '') === String(summary.overall.tasks), `task count ${kpi} ≠ ${summary.overall.tasks}`);
      },
    },
    {
      name: 'timeline', path: '/timeline',
      check: async (page) => {
        await page.locator('h1').waitFor();
        await page.locator('.gantt .echart svg').waitFor();
        const shown = await page.locator('details.alt tbody tr').count();
        assert(shown === Math.min(summary.overall.tasks, 1000), `timeline table has ${shown} rows, API has ${summary.overall.tasks}`);
      },
    },
    {
      name: 'regions', path: '/regions',
      check: async (page) => {
        await page.locator('.rcard').first().waitFor();
        assert((await page.locator('.rcard').count()) === summary.byRegion.length, 'a card per region');
        await page.getByRole('link', { name: region.nameZh, exact: true }).waitFor();
      },
    },
    {
      name: 'region', path: `/regions/${region.code}`,
      check: async (page) => {
        await page.locator('h1', { hasText: region.nameZh }).waitFor();
        await page.locator('#h-approval').waitFor();
        if (region.counts.tasks > 0) await page.locator('.titem').first().waitFor();
        await page.locator('#h-burnup').scrollIntoViewIfNeeded();
        await page.locator('section[aria-labelledby="h-burnup"] .echart svg').waitFor();
      },
    },
    {
      name: 'plan', path: '/plan',
      check: async (page) => {
        await page.locator(`#measure-${measure.code.replace('.', '\\.')}`).waitFor();
        await page.locator('.chapter').nth(summary.byFactor.length - 1).waitFor();
        const empty = await page.locator('.empty-ch').count();
        const withoutItems = (await api('factors')).filter((f) => !f.items?.length).length;
        assert(empty === withoutItems, `chapters without items shown as such: ${empty} vs ${withoutItems}`);
      },
    },
    ...(task
      ? [{
          name: 'task', path: `/tasks/${task.id}`,
          check: async (page) => {
            await page.locator('h1', { hasText: task.titleZh }).waitFor();
            await page.locator('.hist__item').first().waitFor();
            const links = await page.locator('.evidence a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
            assert(links.every((h) => /^https?:\/\//.test(h)), `only http(s) evidence links: ${links.join(', ')}`);
          },
        }]
      : []),
    {
      name: 'embed-region', path: `/embed/regions/${region.code}`,
      check: async (page) => {
        await page.locator('h1', { hasText: region.nameZh }).waitFor();
        assert((await page.locator('header, nav, footer').count()) === 0, 'embed has no site chrome');
      },
    },
    {
      name: 'embed-milestone', path: `/embed/milestones/${milestone.code}`,
      check: async (page) => {
        await page.locator('h1', { hasText: milestone.titleZh }).waitFor();
        assert((await page.locator('header, nav, footer').count()) === 0, 'embed has no site chrome');
      },
    },
  ];

  for (const p of pages) {
    await test(`${p.name}: renders API data, no console errors, no serious axe violations`, async () => {
      const { context, page, errors } = await openPage(browser);
      try {
        await goto(page, p.path);
        await p.check(page);
        await noLoadingLeft(page);
        await page.screenshot({ path: path.join(OUT, `${p.name}.png`), fullPage: true });
        await axeCheck(page, p.name);
        assert(errors.length === 0, errors.join('\n'));
      } finally {
        await context.close();
      }
    });
  }

  await test('pages are usable at 375 px wide (no sideways scrolling of the page)', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: { width: 375, height: 800 } });
    try {
      for (const p of ['/', '/timeline', `/regions/${region.code}`, '/plan']) {
        await goto(page, p);
        await noLoadingLeft(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert(overflow <= 1, `${p} overflows by ${overflow}px`);
        if (p === '/') await page.screenshot({ path: path.join(OUT, 'overview-375.png'), fullPage: true });
      }
      assert(errors.length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('language switch changes labels, sets <html lang> and persists across reload', async () => {
    const { context, page, errors } = await openPage(browser);
    try {
      await goto(page, '/');
      await page.locator('nav a', { hasText: '总览' }).waitFor();
      assert((await page.getAttribute('html', 'lang')) === 'zh-CN', 'starts in Chinese');
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.locator('nav a', { hasText: 'Overview' }).waitFor();
      await page.locator('h2', { hasText: 'National milestones' }).waitFor();
      assert((await page.getAttribute('html', 'lang')) === 'en', 'html lang is en');
      await page.reload({ waitUntil: 'networkidle' });
      await page.locator('h2', { hasText: 'Progress by factor' }).waitFor();
      assert((await page.getAttribute('html', 'lang')) === 'en', 'html lang stays en after reload');
      await noLoadingLeft(page);
      await page.screenshot({ path: path.join(OUT, 'overview-en.png'), fullPage: true });
      await axeCheck(page, 'overview (English)');
      await page.getByRole('button', { name: '切换到中文' }).click();
      await page.locator('nav a', { hasText: '总览' }).waitFor();
      assert(errors.length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('deep link /regions/<code> loads directly and survives reload', async () => {
    const { context, page, errors } = await openPage(browser);
    try {
      const res = await page.goto(`${BASE_URL}/regions/${region.code}`, { waitUntil: 'networkidle' });
      assert(res && res.status() === 200, `deep link answered ${res?.status()}`);
      await page.locator('h1', { hasText: region.nameZh }).waitFor();
      await page.reload({ waitUntil: 'networkidle' });
      await page.locator('h1', { hasText: region.nameZh }).waitFor();
      assert(errors.length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('Tab from the top reaches the skip link, then the main navigation', async () => {
    const { context, page } = await openPage(browser);
    try {
      await goto(page, '/');
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => ({ cls: document.activeElement?.className, href: document.activeElement?.getAttribute('href') }));
      assert(String(first.cls).includes('skip-link') && first.href === '#main', `first Tab stop is the skip link, got ${JSON.stringify(first)}`);
      await page.keyboard.press('Tab');
      const second = await page.evaluate(() => ({ inNav: !!document.activeElement?.closest('nav[aria-label]'), text: document.activeElement?.textContent?.trim() }));
      assert(second.inNav, `second Tab stop is a main navigation link, got ${JSON.stringify(second)}`);
      const navLinks = await page.locator('header nav[aria-label] a').count();
      for (let i = 1; i < navLinks; i++) {
        await page.keyboard.press('Tab');
        assert(await page.evaluate(() => !!document.activeElement?.closest('nav[aria-label]')), `Tab stop ${i + 2} is still in the navigation`);
      }
      // the skip link moves focus into <main>
      await goto(page, '/');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#main');
      await page.waitForFunction(() => document.activeElement?.id === 'main' || !!document.activeElement?.closest('#main'));
    } finally {
      await context.close();
    }
  });

  await test('?asOf= shows the banner, reaches every API call and stays on in-app links', async () => {
    const { context, page, errors } = await openPage(browser);
    const apiCalls = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/')) apiCalls.push(r.url());
    });
    try {
      await goto(page, '/?asOf=2025-06-30');
      const banner = page.locator('.asof-banner');
      await banner.waitFor();
      const text = await banner.innerText();
      assert(text.includes('2025年6月30日'), `banner names the date: ${text}`);
      assert(apiCalls.length > 0 && apiCalls.every((u) => u.includes('asOf=2025-06-30')), `every API call carries asOf: ${apiCalls.filter((u) => !u.includes('asOf=')).join(', ')}`);
      assert((await page.inputValue('#asof-input')) === '2025-06-30', 'the date picker shows the date');
      await page.locator('nav a', { hasText: '试点地区' }).click();
      await page.waitForURL(/\/regions\?asOf=2025-06-30/);
      await banner.waitFor();
      await page.screenshot({ path: path.join(OUT, 'asof.png') });
      assert(errors.length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('timeline filters are kept in the URL and narrow the tasks', async () => {
    const { context, page, errors } = await openPage(browser);
    try {
      await goto(page, '/timeline');
      await page.locator('.gantt .echart svg').waitFor();
      await page.selectOption('#f-region', region.code);
      await page.waitForURL(new RegExp(`region=${region.code}`));
      await page.waitForLoadState('networkidle');
      await page.locator('.gantt .echart svg').waitFor();
      const rows = await page.locator('details.alt tbody tr').count();
      assert(rows === region.counts.tasks, `filtered rows ${rows} ≠ ${region.counts.tasks}`);
      await page.getByRole('button', { name: '按要素' }).click();
      await page.waitForURL(/group=factor/);
      await page.getByRole('button', { name: '一季度' }).click();
      await page.waitForURL(/zoom=quarter/);
      assert(errors.length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('timeline: hovering a bar shows the task, clicking it opens the task page', async () => {
    const { context, page, errors } = await openPage(browser);
    try {
      await goto(page, `/timeline?region=${region.code}`);
      const chart = page.locator('.gantt .echart');
      await chart.locator('svg').waitFor();
      const box = await chart.boundingBox();
      const firstTitle = (await page.locator('details.alt tbody tr th a').first().textContent())?.trim();
      // the first task is the second row (the first is its region's header); sweep along it
      const visibleRows = Math.min(region.counts.tasks + 1, 28);
      const band = (box.height - 28 - 62) / visibleRows;
      const y = box.y + 28 + band * 1.5;
      let found = false;
      for (let x = box.x + 250; x < box.x + box.width - 20 && !found; x += 12) {
        await page.mouse.move(x, y);
        try {
          await page.locator('.gantt-tip').filter({ hasText: firstTitle }).waitFor({ state: 'visible', timeout: 250 });
          found = true;
          await page.mouse.click(x, y);
        } catch {
          /* not over the bar yet */
        }
      }
      assert(found, `no tooltip for "${firstTitle}" along its row`);
      await page.waitForURL(/\/tasks\/\d+/);
      await page.locator('h1', { hasText: firstTitle }).waitFor();
      assert(errors.length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('unknown task shows a designed not-found state', async () => {
    const { context, page } = await openPage(browser);
    try {
      await goto(page, '/tasks/999999999');
      await page.locator('[role="alert"]').waitFor();
      assert((await page.locator('h1').count()) === 1, 'one h1');
    } finally {
      await context.close();
    }
  });

  await browser.close();

  console.log('');
  if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exitCode = 1;
});
