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


  // ---------------- the whole plan on the plan page, and the regions' local documents (issue 14) ----------------
  const planFactors = await api('factors');
  const planMeasures = await api('measures');
  const cssId = (id) => `#${id.replace(/\./g, '\\.')}`;
  const chapterOfItem = (n) => planFactors.find((f) => (f.items ?? []).some((i) => i.number === n))?.code;

  await test('plan: shows every chapter, item and measure the API counts, and no chapter is empty', async () => {
    const { context, page, errors } = await openPage(browser);
    try {
      await goto(page, '/plan');
      await noLoadingLeft(page);
      const cov = plan.coverage;
      const items = planFactors.reduce((n, f) => n + (f.items?.length ?? 0), 0);
      assert(cov.factors === planFactors.length && cov.items === items && cov.measures === planMeasures.length,
        `API coverage ${JSON.stringify(cov)} vs ${planFactors.length} factors, ${items} items, ${planMeasures.length} measures`);
      const shown = {
        chapters: await page.locator('section.chapter').count(),
        items: await page.locator('section.item').count(),
        measures: await page.locator('li.measure').count(),
        toc: await page.locator('[data-testid="plan-toc"] .toc__ch').count(),
      };
      console.log(`      plan page: ${shown.chapters} chapters, ${shown.items} items, ${shown.measures} measures (API ${cov.factors}/${cov.items}/${cov.measures})`);
      assert(shown.chapters === cov.factors && shown.toc === cov.factors, `chapters ${shown.chapters}, contents ${shown.toc}, API ${cov.factors}`);
      assert(shown.items === cov.items, `items ${shown.items}, API ${cov.items}`);
      assert(shown.measures === cov.measures, `measures ${shown.measures}, API ${cov.measures}`);
      const emptyChapters = await page.locator('section.chapter').evaluateAll((els) => els.filter((el) => !el.querySelector('section.item')).map((el) => el.id));
      assert(emptyChapters.length === 0, `chapters without items: ${emptyChapters.join(', ')}`);
      // a measure that is not trackable says why instead of showing an empty pilots box
      const info = planMeasures.find((m) => !m.trackable);
      if (info) await page.locator(`${cssId(`measure-${info.code}`)} .why`).waitFor();
      assert(errors.length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('plan: the contents stay in view while scrolling and mark the chapter being read (desktop and phone)', async () => {
    const last = [...planFactors].sort((a, b) => a.number - b.number).at(-1);
    const mid = [...planFactors].sort((a, b) => a.number - b.number)[Math.floor(planFactors.length / 2)];
    for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
      const { context, page, errors } = await openPage(browser, { viewport });
      try {
        await goto(page, '/plan');
        await noLoadingLeft(page);
        await page.evaluate((id) => document.getElementById(id).scrollIntoView({ block: 'start' }), `chapter-${mid.code}`);
        await page.waitForFunction(() => window.scrollY > 1000);
        await page.locator(`.toc__ch.is-current > a[href="#chapter-${mid.code}"]`).waitFor({ state: 'attached' });
        const box = await page.locator('[data-testid="plan-toc"]').boundingBox();
        assert(box && box.y >= 0 && box.y < 40, `contents at y=${box?.y} after scrolling (${viewport.width}px)`);
        if (viewport.width < 960) {
          // the compact bar names the current chapter and opens to the list; a link jumps and closes it
          await page.locator('.toc__toggle', { hasText: mid.numeralZh ?? String(mid.number) }).waitFor();
          await page.locator('.toc__toggle').click();
          await page.locator(`#toc-list a[href="#chapter-${last.code}"]`).click();
          await page.waitForFunction((h) => location.hash === h, `#chapter-${last.code}`);
          await page.locator('#toc-list').waitFor({ state: 'hidden' });
          await page.screenshot({ path: path.join(OUT, 'plan-390-toc.png') });
        } else {
          await page.locator(`[data-testid="plan-toc"] a[href="#chapter-${last.code}"]`).click();
          await page.waitForFunction((h) => location.hash === h, `#chapter-${last.code}`);
          await page.screenshot({ path: path.join(OUT, 'plan-toc.png') });
        }
        await page.locator(`.toc__ch.is-current > a[href="#chapter-${last.code}"]`).waitFor({ state: 'attached' });
        assert(errors.length === 0, errors.join('\n'));
      } finally {
        await context.close();
      }
    }
  });

  await test('plan: /plan#item-19 and /plan#measure-… land on the item or measure and highlight it', async () => {
    const itemNo = chapterOfItem(19) ? 19 : planFactors.flatMap((f) => f.items ?? []).at(-1).number;
    const measure2 = planMeasures.find((x) => x.itemNumber === itemNo && x.seq === 2) ?? planMeasures.find((x) => x.itemNumber === itemNo);
    const { context, page, errors } = await openPage(browser);
    try {
      for (const [hash, chapter] of [[`item-${itemNo}`, chapterOfItem(itemNo)], [`measure-${measure2.code}`, measure2.factorCode]]) {
        await page.goto(`${BASE_URL}/plan#${hash}`, { waitUntil: 'networkidle' });
        const target = page.locator(`${cssId(hash)}.is-target`);
        await target.waitFor();
        await page.waitForFunction((id) => {
          const r = document.getElementById(id).getBoundingClientRect();
          return r.top >= -2 && r.top < 120;
        }, hash);
        await page.locator(`.toc__ch.is-current > a[href="#chapter-${chapter}"]`).waitFor();
      }
      await page.screenshot({ path: path.join(OUT, 'plan-deeplink.png') });
      assert(errors.length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('plan: English summaries are behind a remembered toggle in Chinese, and shown as unofficial in English', async () => {
    const withEn = planMeasures.filter((m) => m.summaryEn).length;
    const { context, page, errors } = await openPage(browser);
    try {
      await goto(page, '/plan');
      await noLoadingLeft(page);
      assert((await page.locator('.measure__en').count()) === 0, 'no English summaries by default in Chinese');
      await page.locator('[data-testid="toggle-en"]').click();
      await page.locator('.measure__en').first().waitFor();
      assert((await page.locator('.measure__en').count()) === withEn, `English summaries shown: ${await page.locator('.measure__en').count()} of ${withEn}`);
      assert((await page.getAttribute('[data-testid="toggle-en"]', 'aria-pressed')) === 'true', 'the toggle says it is on');
      await page.reload({ waitUntil: 'networkidle' });
      await page.locator('.measure__en').first().waitFor();
      await page.locator('[data-testid="toggle-en"]').click();
      await page.locator('.measure__en').first().waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.locator('.measure__en').first().waitFor();
      assert((await page.locator('.measure__en').count()) === withEn, 'every English summary shows in English');
      assert((await page.locator('[data-testid="toggle-en"]').count()) === 0, 'no toggle in English');
      const label = await page.locator('.measure__en .unofficial').first().innerText();
      assert(/unofficial/i.test(label), `English summaries are labelled unofficial: ${label}`);
      await axeCheck(page, 'plan (English)');
      await page.screenshot({ path: path.join(OUT, 'plan-en.png') });
      await page.getByRole('button', { name: '切换到中文' }).click();
      assert(errors.length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('plan: a measure with pilots shows each region and its progress (GET /dashboard/measures)', async () => {
    const agg = await api('dashboard/measures');
    const m = agg.measures.find((x) => x.regions.length > 1) ?? agg.measures[0];
    assert(m, 'the demo data has tasks on some measure');
    const { context, page, errors } = await openPage(browser);
    try {
      await page.goto(`${BASE_URL}/plan#measure-${m.measureCode}`, { waitUntil: 'networkidle' });
      const chips = page.locator(`${cssId(`measure-${m.measureCode}`)} .pilot`);
      await chips.first().waitFor();
      assert((await chips.count()) === m.regions.length, `${await chips.count()} pilots shown, API has ${m.regions.length}`);
      for (const r of m.regions) {
        const chip = page.locator(`${cssId(`measure-${m.measureCode}`)} .pilot`, { has: page.locator(`a[href*="/regions/${r.regionCode}"]`) });
        const text = await chip.innerText();
        assert(text.includes(`${r.progress}%`), `pilot ${r.regionCode} shows ${r.progress}%: ${text}`);
      }
      assert(errors.length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('region: shows its local documents with number and source link, a conflict as a conflict, and the reported tasks', async () => {
    const withDocs = regions.filter((r) => r.localDocuments?.length);
    assert(withDocs.length > 0, 'some region has local documents');
    const conflicted = withDocs.find((r) => r.localDocuments.some((d) => d.conflict));
    const reported = regions.find((r) => r.reportedTasks?.length);
    const { context, page, errors } = await openPage(browser);
    try {
      for (const r of [withDocs[0], conflicted, reported].filter(Boolean)) {
        await goto(page, `/regions/${r.code}`);
        await noLoadingLeft(page);
        for (const d of r.localDocuments ?? []) {
          const doc = page.locator('[data-testid="local-doc"]', { hasText: d.docNumber });
          await doc.waitFor();
          if (d.sources[0]) {
            const hrefs = await doc.locator('[data-testid="doc-source"]').evaluateAll((as) => as.map((a) => a.href));
            assert(hrefs.includes(new URL(d.sources[0].url).href), `source link ${d.sources[0].url} among ${hrefs.join(', ')}`);
          }
          if (d.conflict) await doc.locator('[data-testid="doc-conflict"]').waitFor();
          if (!d.issuedOn) await doc.locator('.ldoc__nodate').waitFor();
        }
        if (r.reportedTasks?.length) {
          await page.locator('[data-testid="reported-tasks"] blockquote').nth(r.reportedTasks.length - 1).waitFor();
        }
        await axeCheck(page, `region ${r.code}`);
      }
      await page.screenshot({ path: path.join(OUT, 'region-docs.png'), fullPage: true });
      assert(errors.length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('overview, plan, timeline and a region with documents do not scroll sideways at 390 px', async () => {
    const docRegion = regions.find((r) => r.localDocuments?.length) ?? region;
    const { context, page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    try {
      for (const p of ['/', '/plan', '/timeline', `/regions/${docRegion.code}`]) {
        await goto(page, p);
        await noLoadingLeft(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert(overflow <= 1, `${p} overflows by ${overflow}px at 390 px`);
      }
      assert(errors.length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  // ---------------- the officials' console ----------------
  const ADMIN_USER = process.env.E2E_ADMIN_USERNAME || 'admin';
  const ADMIN_PASS = process.env.E2E_ADMIN_PASSWORD || 'E2e-Bootstrap-Passw0rd';
  const stamp = Date.now();
  const official = { username: `e2e-off-${stamp}`, displayName: `E2E 工作人员 ${stamp}`, password: `Pb-${stamp}-Xy!zq` };
  const XSS = '<img src=x onerror=alert(1)>';
  // the official's region: the one with the most tasks; another region's task for the "not your region" check
  const allTasks = (await api('tasks?size=200&sort=id')).items;
  const byRegion = new Map();
  for (const t of allTasks) byRegion.set(t.regionCode, [...(byRegion.get(t.regionCode) ?? []), t]);
  const offRegion = [...byRegion.entries()].sort((a, b) => b[1].length - a[1].length)[0]?.[0];
  const otherTask = allTasks.find((t) => t.regionCode !== offRegion);
  const mineTasks = (byRegion.get(offRegion) ?? []).filter((t) => t.status !== 'completed');
  const updTask = mineTasks[0];
  const xssTask = mineTasks[1] ?? mineTasks[0];
  const conflictTask = mineTasks[2] ?? mineTasks[0];
  // the expected 412 of the conflict check is not an error
  const consoleErrors = (errors) => errors.filter((e) => !/HTTP 412 |status of 412/.test(e));

  async function apiAs(token, method, p, body, headers = {}) {
    return fetch(`${BASE_URL}/api/v1/${p}`, {
      method,
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    });
  }
  async function loginToken(username, password) {
    const res = await fetch(`${BASE_URL}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });
    assert(res.ok, `API login of ${username} answered ${res.status}`);
    return (await res.json()).token;
  }
  /** Opens path (a console page): the guard sends to sign-in, which comes back to path. */
  async function signIn(page, username, password, p = '/console') {
    await goto(page, p);
    await page.waitForURL(/\/console\/sign-in/);
    await page.fill('#si-user', username);
    await page.fill('#si-pass', password);
    await page.click('form button[type="submit"]');
    await page.waitForURL((u) => u.pathname === p.split('?')[0]);
    await page.locator('[data-testid="who"]').waitFor();
  }
  async function clickNav(page, name, urlPart) {
    await page.locator('nav.cnav a', { hasText: name }).click();
    await page.waitForURL((u) => u.pathname === urlPart);
    await noLoadingLeft(page);
  }
  async function quickUpdate(page, taskId, { status, progress, comment, url, label }) {
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
    const saved = page.waitForResponse((r) => r.url().includes(`/api/v1/tasks/${taskId}/updates`) && r.request().method() === 'POST');
    await row.getByRole('button', { name: '保存更新' }).click();
    const res = await saved;
    assert(res.status() === 201 || res.status() === 200, `quick update answered ${res.status()}: ${await res.text()}`);
    await row.locator('.latest', { hasText: comment }).waitFor();
  }

  await test('console a: admin signs in, creates an official, creates and revokes an API token (revoked token gets 401)', async () => {
    assert(offRegion && updTask, 'need a region with open tasks');
    const { context, page, errors } = await openPage(browser);
    page.on('dialog', (d) => d.accept());
    try {
      await goto(page, '/console/sign-in');
      await page.locator('h1').waitFor();
      await axeCheck(page, 'sign-in');
      await signIn(page, ADMIN_USER, ADMIN_PASS, '/console');
      const who = await page.locator('[data-testid="who"]').innerText();
      assert(who.includes('管理员'), `header shows the role: ${who}`);
      await page.locator('nav a', { hasText: '控制台' }).waitFor();
      await noLoadingLeft(page);
      await axeCheck(page, 'my tasks (admin)');

      await clickNav(page, '用户', '/console/admin/users');
      await page.fill('#nu-username', official.username);
      await page.fill('#nu-displayName', official.displayName);
      await page.fill('#nu-password', official.password);
      await page.selectOption('#nu-role', 'official');
      await page.selectOption('#nu-regions', [offRegion]);
      await page.getByRole('button', { name: '创建用户' }).click();
      await page.locator('[data-testid="msg"]', { hasText: official.username }).waitFor();
      await page.locator(`li[data-username="${official.username}"]`).waitFor();
      await axeCheck(page, 'admin users');

      await clickNav(page, 'API 令牌', '/console/admin/tokens');
      const tokenName = `e2e-token-${stamp}`;
      await page.fill('#nt-name', tokenName);
      await page.getByRole('button', { name: '创建令牌' }).click();
      await page.locator('[data-testid="new-token"]').waitFor();
      const token = await page.inputValue('#nt-value');
      assert(token.length > 10, 'the token is shown');
      await page.getByRole('button', { name: '复制' }).waitFor();
      const row = page.locator(`tr[data-token-name="${tokenName}"]`);
      await row.waitFor();
      await axeCheck(page, 'admin tokens');
      assert((await apiAs(token, 'GET', 'me')).status === 200, 'the new token works');
      const revoked = page.waitForResponse((r) => r.request().method() === 'DELETE' && r.url().includes('/api/v1/tokens/'));
      await row.getByRole('button', { name: /撤销/ }).click();
      assert((await revoked).ok(), 'revoke succeeded');
      await row.getByRole('button', { name: /撤销/ }).waitFor({ state: 'detached' });
      const after = await apiAs(token, 'GET', 'me');
      assert(after.status === 401, `revoked token on /me answered ${after.status}`);
      // the token is shown once: gone after leaving the page
      await clickNav(page, '审计日志', '/console/admin/audit');
      await page.locator('table.data tbody tr').first().waitFor();
      await axeCheck(page, 'admin audit');
      await clickNav(page, '节点状态', '/console/admin/milestones');
      await axeCheck(page, 'admin milestones');
      await clickNav(page, '试点地区管理', '/console/admin/regions');
      await axeCheck(page, 'admin regions');
      await clickNav(page, 'API 令牌', '/console/admin/tokens');
      assert((await page.locator('[data-testid="new-token"]').count()) === 0, 'the token is not shown again');
      await page.screenshot({ path: path.join(OUT, 'console-tokens.png'), fullPage: true });
      assert(consoleErrors(errors).length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('console b: the official posts a quick update with comment and evidence; the public page shows it with their name', async () => {
    const { context, page, errors } = await openPage(browser);
    try {
      await signIn(page, official.username, official.password, '/console');
      const who = await page.locator('[data-testid="who"]').innerText();
      assert(who.includes(official.displayName) && who.includes(offRegion), `header names the official and region: ${who}`);
      await noLoadingLeft(page);
      const comment = `e2e 进展 ${stamp}`;
      const progress = Math.min(Math.max(updTask.progress, 10), 99);
      await quickUpdate(page, updTask.id, { status: 'in_progress', progress, comment, url: `https://example.gov.cn/e2e/${stamp}`, label: 'e2e 佐证' });
      await page.screenshot({ path: path.join(OUT, 'console-my-tasks.png'), fullPage: true });
      await axeCheck(page, 'my tasks (official)');
      await goto(page, `/tasks/${updTask.id}`);
      const item = page.locator('.hist__item', { hasText: comment });
      await item.waitFor();
      const text = await item.innerText();
      assert(text.includes(official.displayName), `history names the official: ${text}`);
      assert((await item.locator(`a[href="https://example.gov.cn/e2e/${stamp}"]`).count()) === 1, 'the evidence link is shown');
      assert(consoleErrors(errors).length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('console c: another region\'s task gives no edit form to the official, and the API refuses (403)', async () => {
    assert(otherTask, 'need a task of another region');
    const { context, page, errors } = await openPage(browser);
    try {
      await signIn(page, official.username, official.password, `/console/tasks/${otherTask.id}/edit`);
      await page.locator('[data-testid="not-your-region"]').waitFor();
      assert((await page.locator('#main form').count()) === 0, 'no form for another region');
      await axeCheck(page, 'edit (not your region)');
      const token = await loginToken(official.username, official.password);
      const fresh = await apiAs(token, 'GET', `tasks/${otherTask.id}`);
      const etag = fresh.headers.get('etag') ?? `"${(await fresh.json()).version}"`;
      const patch = await apiAs(token, 'PATCH', `tasks/${otherTask.id}`, { titleEn: 'hijack' }, { 'If-Match': etag, 'Content-Type': 'application/merge-patch+json' });
      assert(patch.status === 403, `PATCH of another region's task answered ${patch.status}`);
      const post = await apiAs(token, 'POST', `tasks/${otherTask.id}/updates`, { status: 'delayed', comment: 'hijack' });
      assert(post.status === 403, `POST update to another region's task answered ${post.status}`);
      await apiAs(token, 'POST', 'auth/logout');
      assert(consoleErrors(errors).length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('console d: two sessions edit the same task; the second save gets the conflict view and re-applies', async () => {
    const a = await openPage(browser);
    const b = await openPage(browser);
    try {
      const p = `/console/tasks/${conflictTask.id}/edit`;
      await signIn(a.page, ADMIN_USER, ADMIN_PASS, p);
      await signIn(b.page, official.username, official.password, p);
      for (const { page } of [a, b]) await page.locator('#te-titleEn').waitFor();
      await noLoadingLeft(a.page);
      await axeCheck(a.page, 'edit task');
      const unit = `E2E 责任单位 ${stamp}`;
      const titleEn = `E2E title ${stamp}`;
      // the official saves first
      await b.page.fill('#te-responsibleUnit', unit);
      if (await b.page.locator('#te-confirmDates').count()) await b.page.check('#te-confirmDates');
      await b.page.getByRole('button', { name: '保存修改' }).click();
      await b.page.locator('[data-testid="saved"]').waitFor();
      // the admin, still on the old version, saves a different field
      await a.page.fill('#te-titleEn', titleEn);
      if (await a.page.locator('#te-confirmDates').count()) await a.page.check('#te-confirmDates');
      await a.page.getByRole('button', { name: '保存修改' }).click();
      await a.page.locator('[data-testid="reapply"]').waitFor();
      const table = await a.page.locator('.conflict table').innerText();
      assert(table.includes(unit) && table.includes(titleEn), `the conflict view shows both changes: ${table}`);
      await a.page.screenshot({ path: path.join(OUT, 'console-conflict.png'), fullPage: true });
      await axeCheck(a.page, 'conflict view');
      await a.page.locator('[data-testid="reapply"]').click();
      await a.page.locator('[data-testid="saved"]').waitFor();
      const now = await api(`tasks/${conflictTask.id}`);
      assert(now.responsibleUnit === unit && now.titleEn === titleEn, `both edits kept: ${now.responsibleUnit} / ${now.titleEn}`);
      assert(consoleErrors(a.errors).length === 0, a.errors.join('\n'));
      assert(consoleErrors(b.errors).length === 0, b.errors.join('\n'));
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });

  await test('console e: an HTML comment is stored and shown as text (no script runs)', async () => {
    const { context, page, errors } = await openPage(browser);
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await signIn(page, official.username, official.password, '/console');
      await noLoadingLeft(page);
      const status = xssTask.status === 'not_started' ? 'delayed' : 'delayed';
      await quickUpdate(page, xssTask.id, { status, progress: Math.min(xssTask.progress, 99), comment: XSS });
      assert((await page.locator('li.ctask img[src="x"]').count()) === 0, 'no <img> made from the comment');
      await goto(page, `/tasks/${xssTask.id}`);
      const item = page.locator('.hist__comment', { hasText: XSS });
      await item.first().waitFor();
      assert((await page.locator('img[src="x"]').count()) === 0, 'no <img> on the public page');
      assert(dialogs.length === 0, `a dialog fired: ${dialogs.join(', ')}`);
      assert(consoleErrors(errors).length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('console: the official creates a task (dates checked) and revises its dates with a reason', async () => {
    const { context, page, errors } = await openPage(browser);
    try {
      await signIn(page, official.username, official.password, '/console/tasks/new');
      await page.locator('#te-measureCode option:not([disabled])').first().waitFor({ state: 'attached' });
      await noLoadingLeft(page);
      await axeCheck(page, 'new task');
      const title = `E2E 新任务 ${stamp}`;
      await page.selectOption('#te-measureCode', { index: 1 });
      await page.selectOption('#te-milestoneCode', { index: 1 });
      await page.fill('#te-titleZh', title);
      await page.fill('#te-responsibleUnit', 'E2E 单位');
      await page.fill('#te-plannedStart', '2024-03-01');
      await page.fill('#te-plannedEnd', '2024-02-01');
      await page.getByRole('button', { name: '创建任务' }).click();
      await page.locator('#te-plannedEnd-err', { hasText: '结束日期不能早于开始日期' }).waitFor();
      assert((await page.getAttribute('#te-plannedEnd', 'aria-invalid')) === 'true', 'the field is marked invalid');
      // a date outside the plan period asks for confirmation
      await page.fill('#te-plannedEnd', '2026-06-30');
      await page.locator('#te-confirmDates').waitFor();
      await page.getByRole('button', { name: '创建任务' }).click();
      await page.locator('#te-confirmDates-err').waitFor();
      await page.fill('#te-plannedEnd', '2024-12-31');
      if (await page.locator('#te-confirmDates').count()) await page.check('#te-confirmDates');
      await page.getByRole('button', { name: '创建任务' }).click();
      await page.waitForURL(/\/console\/tasks\/\d+\/edit$/);
      await page.waitForFunction((tt) => document.querySelector('#te-titleZh')?.value === tt, title);
      // a planned-date change needs the reason
      await page.fill('#te-plannedEnd', '2024-11-30');
      await page.locator('#te-revisionReason').waitFor();
      if (await page.locator('#te-confirmDates').count()) await page.check('#te-confirmDates');
      await page.getByRole('button', { name: '保存修改' }).click();
      await page.locator('#te-revisionReason-err').waitFor();
      await page.fill('#te-revisionReason', 'E2E 调整原因');
      await page.getByRole('button', { name: '保存修改' }).click();
      await page.locator('[data-testid="saved"]').waitFor();
      const id = page.url().match(/tasks\/(\d+)\/edit/)[1];
      const t = await api(`tasks/${id}`);
      assert(t.plannedEnd === '2024-11-30' && t.regionCode === offRegion, `task saved: ${t.plannedEnd} ${t.regionCode}`);
      assert(consoleErrors(errors).length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('console admin: region edit keeps its approval; milestone override needs a reason and can be cleared', async () => {
    const { context, page, errors } = await openPage(browser);
    try {
      const before = await api(`regions/${offRegion}`);
      await signIn(page, ADMIN_USER, ADMIN_PASS, '/console/admin/regions');
      await noLoadingLeft(page);
      const row = page.locator('.rlist li', { hasText: offRegion });
      await row.getByRole('button', { name: /编辑/ }).click();
      await page.locator('#re-notes').waitFor();
      assert((await page.inputValue('#re-approvedOn')) === (before.approval?.approvedOn ?? ''), 'the approval date is loaded');
      await page.fill('#re-notes', `E2E note ${stamp}`);
      await page.getByRole('button', { name: '保存' }).click();
      await page.locator('.cmsg--ok', { hasText: offRegion }).waitFor();
      const after = await api(`regions/${offRegion}`);
      assert(after.notes === `E2E note ${stamp}` && after.approval?.approvedOn === before.approval?.approvedOn, `region saved: ${after.notes}`);
      // put the notes back
      await row.getByRole('button', { name: /编辑/ }).click();
      await page.fill('#re-notes', before.notes ?? '');
      await page.getByRole('button', { name: '保存' }).click();
      await page.locator('#re-notes').waitFor({ state: 'detached' });

      await clickNav(page, '节点状态', '/console/admin/milestones');
      const code = milestones[0].code;
      await page.getByRole('button', { name: '保存认定' }).first().click();
      await page.locator(`#ms-${code}-err`).waitFor();
      await page.selectOption(`#ms-${code}-st`, 'achieved');
      await page.fill(`#ms-${code}-rs`, `E2E 认定 ${stamp}`);
      await page.getByRole('button', { name: '保存认定' }).first().click();
      await page.locator('.mlist li', { hasText: `E2E 认定 ${stamp}` }).waitFor();
      await page.getByRole('button', { name: '清除认定' }).first().click();
      await page.locator('.mlist li', { hasText: `E2E 认定 ${stamp}` }).waitFor({ state: 'detached' });
      assert(!(await api('milestones')).find((m) => m.code === code)?.override, 'override cleared');
      assert(consoleErrors(errors).length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('console admin: registers a webhook (secret shown once), pings it and sees the delivery outcome', async () => {
    const { context, page, errors } = await openPage(browser);
    page.on('dialog', (d) => d.accept());
    // a host that never resolves (RFC 6761): the ping's attempt fails, and the page shows why
    const url = `https://pilotboard-e2e-${stamp}.invalid/hook`;
    try {
      await signIn(page, ADMIN_USER, ADMIN_PASS, '/console/admin/webhooks');
      await noLoadingLeft(page);
      await page.getByRole('button', { name: '登记 Webhook' }).click();
      await page.locator('#nw-url-err').waitFor();
      await page.fill('#nw-url', url);
      await page.check('[id="nw-ev-status_update.posted"]');
      await page.fill('#nw-desc', 'E2E 接收端');
      await page.getByRole('button', { name: '登记 Webhook' }).click();
      await page.locator('[data-testid="new-webhook-secret"]').waitFor();
      assert((await page.inputValue('#nw-secret')).startsWith('whsec_'), 'the secret is shown');
      const row = page.locator(`tr[data-webhook-url="${url}"]`);
      await row.waitFor();
      await axeCheck(page, 'admin webhooks');
      const hook = (await (await apiAs(await loginToken(ADMIN_USER, ADMIN_PASS), 'GET', 'webhooks')).json()).find((w) => w.url === url);
      assert(hook && hook.events.join() === 'status_update.posted' && !('secret' in hook), `registered: ${JSON.stringify(hook)}`);
      const pinged = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/webhooks/${hook.id}/ping`));
      await row.getByRole('button', { name: /发送测试/ }).click();
      assert((await pinged).status() === 202, 'ping queued');
      const token = await loginToken(ADMIN_USER, ADMIN_PASS);
      await page.waitForFunction(async ([u, tok]) => {
        const r = await fetch(u, { headers: { Authorization: `Bearer ${tok}`, Accept: 'application/json' } });
        return r.ok && (await r.json()).items.some((d) => d.lastError);
      }, [`${BASE_URL}/api/v1/webhooks/${hook.id}/deliveries`, token], { polling: 250 });
      await row.getByRole('button', { name: /投递记录/ }).click();
      const delivery = page.locator('[data-testid="webhook-deliveries"] tbody tr', { hasText: 'ping' });
      await delivery.waitFor();
      const text = await delivery.innerText();
      assert(/unknown host|could not connect/.test(text) && text.includes('待投递'), `the outcome is shown: ${text}`);
      await axeCheck(page, 'admin webhook deliveries');
      await page.screenshot({ path: path.join(OUT, 'console-webhooks.png'), fullPage: true });
      await row.getByRole('button', { name: /删除/ }).click();
      await row.waitFor({ state: 'detached' });
      assert(consoleErrors(errors).length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('console: signing out ends the session and returns to the sign-in page', async () => {
    const { context, page } = await openPage(browser);
    try {
      await signIn(page, official.username, official.password, '/console');
      await noLoadingLeft(page);
      await page.locator('header button', { hasText: '退出登录' }).click();
      await page.waitForURL(/\/console\/sign-in/);
      await page.locator('nav a', { hasText: '登录' }).waitFor();
      assert((await page.locator('[data-testid="who"]').count()) === 0, 'no user shown after signing out');
    } finally {
      await context.close();
    }
  });

  // ---- issue 19: the officials' console keeps their work (sessions, conflicts, rough edges) ----
  await test('console session: a reload and a new tab keep the official signed in; "sign out everywhere" ends both tabs at once', async () => {
    const { context, page, errors } = await openPage(browser);
    try {
      await signIn(page, official.username, official.password, '/console');
      await noLoadingLeft(page);
      const cookies = await context.cookies();
      const session = cookies.find((c) => c.name === 'pilotboard_session');
      assert(session && session.httpOnly && session.sameSite === 'Strict', `an HttpOnly SameSite=Strict cookie: ${JSON.stringify(session)}`);
      assert((await page.evaluate(() => document.cookie)).indexOf('pilotboard_session') < 0, 'scripts cannot read the session');
      await page.reload({ waitUntil: 'networkidle' });
      await page.locator('[data-testid="who"]', { hasText: official.displayName }).waitFor();
      assert(new URL(page.url()).pathname === '/console', `still on my tasks after the reload: ${page.url()}`);
      await page.locator('li.ctask').first().waitFor();
      const tab = await context.newPage();
      await tab.goto(`${BASE_URL}/console`, { waitUntil: 'networkidle' });
      await tab.locator('[data-testid="who"]', { hasText: official.displayName }).waitFor();
      await tab.locator('[data-testid="sign-out-everywhere"]').click();
      await tab.waitForURL(/\/console\/sign-in/);
      // the sign-in page no longer says a reload signs you out
      const hint = await tab.locator('.signin').innerText();
      assert(hint.includes('刷新或新开标签页仍保持登录') && !hint.includes('刷新页面需重新登录'), `sign-in hint: ${hint}`);
      // the first tab's next call is refused at once and returns it to sign-in
      await page.click('#mt-overdue');
      await page.waitForURL(/\/console\/sign-in\?redirect=/);
      await page.locator('.cmsg', { hasText: '登录已失效' }).waitFor();
      await page.reload({ waitUntil: 'networkidle' });
      assert((await page.locator('[data-testid="who"]').count()) === 0, 'signed out after a reload too');
      assert(consoleErrors(errors).filter((e) => !/HTTP 401 |status of 401/.test(e)).length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('console quick update collision: both saw 80 %, the second save gets the field-by-field conflict view, nothing is overwritten unseen', async () => {
    const a = await openPage(browser);
    const b = await openPage(browser);
    try {
      const task = mineTasks[3] ?? mineTasks[0];
      const admin = await loginToken(ADMIN_USER, ADMIN_PASS);
      const set = await apiAs(admin, 'POST', `tasks/${task.id}/updates`, { status: 'in_progress', progress: 80, comment: 'e2e 基线 80%' });
      assert(set.status === 201, `baseline update answered ${set.status}`);
      await signIn(a.page, ADMIN_USER, ADMIN_PASS, '/console');
      await signIn(b.page, official.username, official.password, '/console');
      for (const { page } of [a, b]) await noLoadingLeft(page);
      // the admin's list opens on the first region; the task is in the official's
      await a.page.selectOption('#mt-region', task.regionCode);
      await a.page.locator(`li.ctask[data-task-id="${task.id}"]`).waitFor();
      const open = async (page) => {
        const row = page.locator(`li.ctask[data-task-id="${task.id}"]`);
        await row.getByRole('button', { name: '快速更新' }).click();
        await page.fill(`#qu-${task.id}-comment`, 'e2e 冲突');
        return row;
      };
      const rowA = await open(a.page);
      const rowB = await open(b.page);
      await a.page.fill(`#qu-${task.id}-progress`, '82');
      await rowA.getByRole('button', { name: '保存更新' }).click();
      await rowA.locator('.latest', { hasText: 'e2e 冲突' }).waitFor();
      await b.page.fill(`#qu-${task.id}-progress`, '85');
      const refused = b.page.waitForResponse((r) => r.url().includes(`/api/v1/tasks/${task.id}/updates`) && r.request().method() === 'POST');
      await rowB.getByRole('button', { name: '保存更新' }).click();
      assert((await refused).status() === 412, 'the second save is refused with 412');
      const view = rowB.locator('[data-testid="quick-conflict"]');
      await view.waitFor();
      const table = await view.locator('table').innerText();
      assert(table.includes('85 %') && table.includes('82 %') && table.includes('80 %'), `mine, theirs and the original: ${table}`);
      assert((await api(`tasks/${task.id}`)).progress === 82, 'the first save stands until the second is re-applied');
      await axeCheck(b.page, 'quick update conflict');
      await b.page.screenshot({ path: path.join(OUT, 'console-quick-conflict.png'), fullPage: true });
      await rowB.locator('[data-testid="quick-reapply"]').click();
      await rowB.locator('.latest', { hasText: 'e2e 冲突' }).waitFor();
      assert((await api(`tasks/${task.id}`)).progress === 85, 'the re-applied update is saved knowingly');
      assert(consoleErrors(a.errors).length === 0, a.errors.join('\n'));
      assert(consoleErrors(b.errors).length === 0, b.errors.join('\n'));
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });

  await test('console import: the official checks a CSV, sees the problems by row (nothing written), then imports the fixed file', async () => {
    const { context, page, errors } = await openPage(browser);
    try {
      await signIn(page, official.username, official.password, '/console/import');
      await page.locator('[data-testid="template-xlsx"]').waitFor();
      await axeCheck(page, 'import');
      const key = `E2E-IMP-${stamp}`;
      const head = 'kind,regionCode,externalKey,measureCode,milestoneCode,titleZh,responsibleUnit,plannedStart,plannedEnd,updateKey,status,progress,comment';
      const taskRow = `task,${offRegion},${key},5.2,2025,E2E 导入任务 ${stamp},E2E 单位,2025-10-01,2027-06-30,,,,`;
      const csv = (updateStatus) => Buffer.from(`\uFEFF${head}\r\n${taskRow}\r\nupdate,${offRegion},${key},,,,,,,Q1,${updateStatus},30,首批完成\r\n`);
      const choose = (buffer) => page.setInputFiles('#im-file', { name: '导入.csv', mimeType: 'text/csv', buffer });
      // a bad status (HTML, shown as text) in row 3: the report names row and column, nothing is written
      await choose(csv(XSS));
      const checked = page.waitForResponse((r) => r.url().includes('/api/v1/imports') && r.request().method() === 'POST');
      await page.locator('[data-testid="check"]').click();
      assert((await checked).status() === 422, 'the check answers 422');
      const report = page.locator('[data-testid="import-errors"]');
      await report.waitFor();
      const cells = await report.locator('tbody tr').first().locator('th, td').allTextContents();
      assert(cells[0].trim() === '3' && cells[1].trim() === 'status' && cells[2].includes(XSS), `report row: ${cells.join(' | ')}`);
      assert((await page.locator('img[src="x"]').count()) === 0, 'the problem text is not markup');
      assert(await page.locator('[data-testid="import"]').isDisabled(), 'no import while rows have problems');
      await axeCheck(page, 'import report');
      await page.screenshot({ path: path.join(OUT, 'console-import-report.png'), fullPage: true });
      const tasksOf = async () => (await api(`tasks?region=${offRegion}&size=200`)).items.filter((t) => t.externalKey === key);
      assert((await tasksOf()).length === 0, 'nothing was written');
      // the fixed file: checked (dry run), then imported
      await choose(csv('in_progress'));
      await page.locator('[data-testid="check"]').click();
      await page.locator('[data-testid="import-results"] tbody tr[data-outcome="created"]').nth(1).waitFor();
      await page.locator('[data-testid="import-summary"]', { hasText: '新建 2' }).waitFor();
      assert((await tasksOf()).length === 0, 'the dry run wrote nothing');
      await page.locator('[data-testid="import"]').click();
      await page.locator('[data-testid="import-summary"]', { hasText: '已导入 2 行' }).waitFor();
      const created = await tasksOf();
      assert(created.length === 1 && created[0].status === 'in_progress' && created[0].progress === 30,
        `imported: ${JSON.stringify(created.map((t) => [t.status, t.progress]))}`);
      await page.screenshot({ path: path.join(OUT, 'console-import-done.png'), fullPage: true });
      assert(consoleErrors(errors).filter((e) => !/HTTP 422 |status of 422/.test(e)).length === 0, errors.join('\n'));
    } finally {
      await context.close();
    }
  });

  await test('console: disabling the official (admin, with confirmation) ends their session: next call returns them to sign-in', async () => {
    const off = await openPage(browser);
    const adm = await openPage(browser);
    const confirms = [];
    adm.page.on('dialog', (d) => {
      confirms.push(d.type());
      void d.accept();
    });
    try {
      await signIn(off.page, official.username, official.password, '/console');
      await noLoadingLeft(off.page);
      await signIn(adm.page, ADMIN_USER, ADMIN_PASS, '/console/admin/users');
      const row = adm.page.locator(`li[data-username="${official.username}"]`);
      await row.getByRole('button', { name: '停用' }).click();
      await row.locator('text=已停用').waitFor();
      assert(confirms.includes('confirm'), 'disabling asked for confirmation');
      // the official's next call answers 401
      await off.page.click('#mt-overdue');
      await off.page.waitForURL(/\/console\/sign-in\?redirect=/);
      await off.page.locator('.cmsg', { hasText: '登录已失效' }).waitFor();
      assert((await off.page.locator('[data-testid="who"]').count()) === 0, 'signed out');
    } finally {
      await off.context.close();
      await adm.context.close();
    }
  });

  await test('console pages are usable at 375 px wide', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 375, height: 800 } });
    try {
      await goto(page, '/console/sign-in');
      let overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `sign-in overflows by ${overflow}px`);
      await signIn(page, ADMIN_USER, ADMIN_PASS, `/console/tasks/${conflictTask.id}/edit`);
      await page.locator('#te-titleZh').waitFor();
      overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `edit overflows by ${overflow}px`);
      await clickNav(page, '我的任务', '/console');
      await page.locator('li.ctask').first().getByRole('button', { name: '快速更新' }).click();
      overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `my tasks overflows by ${overflow}px`);
      await page.screenshot({ path: path.join(OUT, 'console-375.png'), fullPage: true });
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
