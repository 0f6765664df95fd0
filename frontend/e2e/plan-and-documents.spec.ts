// The whole plan on the plan page, and the regions' local documents (issue 14).
import { test, expect } from './support/fixtures';
import { api } from './support/api';
import { axeCheck, cssId, goto, noLoadingLeft, shot } from './support/pages';

/* eslint-disable @typescript-eslint/no-explicit-any -- the API's JSON, read loosely */
interface Factor {
  code: string;
  number: number;
  numeralZh?: string;
  items?: { number: number }[];
}

const factors = () => api<Factor[]>('factors');
const measures = () => api<any[]>('measures');

test('plan: shows every chapter, item and measure the API counts, and no chapter is empty', async ({
  page,
  errors,
}) => {
  const [plan, planFactors, planMeasures] = await Promise.all([api('plan'), factors(), measures()]);
  await goto(page, '/plan');
  await noLoadingLeft(page);
  const cov = plan.coverage;
  const items = planFactors.reduce((n, f) => n + (f.items?.length ?? 0), 0);
  expect(cov, 'API coverage counts what /factors and /measures answer').toEqual(
    expect.objectContaining({ factors: planFactors.length, items, measures: planMeasures.length }),
  );
  const shown = {
    chapters: await page.locator('section.chapter').count(),
    items: await page.locator('section.item').count(),
    measures: await page.locator('li.measure').count(),
    toc: await page.locator('[data-testid="plan-toc"] .toc__ch').count(),
  };
  test.info().annotations.push({
    type: 'plan page',
    description: `${shown.chapters} chapters, ${shown.items} items, ${shown.measures} measures (API ${cov.factors}/${cov.items}/${cov.measures})`,
  });
  expect(shown.chapters, 'chapters').toBe(cov.factors);
  expect(shown.toc, 'chapters in the contents').toBe(cov.factors);
  expect(shown.items, 'items').toBe(cov.items);
  expect(shown.measures, 'measures').toBe(cov.measures);
  const emptyChapters = await page
    .locator('section.chapter')
    .evaluateAll((els) => els.filter((el) => !el.querySelector('section.item')).map((el) => el.id));
  expect(emptyChapters, 'chapters without items').toEqual([]);
  // a measure that is not trackable says why instead of showing an empty pilots box
  const info = planMeasures.find((m) => !m.trackable);
  if (info) await page.locator(`${cssId(`measure-${info.code}`)} .why`).waitFor();
  expect(errors).toEqual([]);
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`plan: the contents stay in view while scrolling and mark the chapter being read (${viewport.width < 960 ? 'phone' : 'desktop'}, ${viewport.width} px)`, async ({
    openPage,
  }) => {
    const planFactors = [...(await factors())].sort((a, b) => a.number - b.number);
    const last = planFactors.at(-1)!;
    const mid = planFactors[Math.floor(planFactors.length / 2)];
    const { page, errors } = await openPage({ viewport });
    await goto(page, '/plan');
    await noLoadingLeft(page);
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), `chapter-${mid.code}`);
    await page.waitForFunction(() => window.scrollY > 1000);
    await page.locator(`.toc__ch.is-current > a[href="#chapter-${mid.code}"]`).waitFor({ state: 'attached' });
    const box = await page.locator('[data-testid="plan-toc"]').boundingBox();
    expect(box && box.y >= 0 && box.y < 40, `contents at y=${box?.y} after scrolling (${viewport.width}px)`).toBe(true);
    if (viewport.width < 960) {
      // the compact bar names the current chapter and opens to the list; a link jumps and closes it
      await page.locator('.toc__toggle', { hasText: mid.numeralZh ?? String(mid.number) }).waitFor();
      await page.locator('.toc__toggle').click();
      await page.locator(`#toc-list a[href="#chapter-${last.code}"]`).click();
      await page.waitForFunction((h) => location.hash === h, `#chapter-${last.code}`);
      await page.locator('#toc-list').waitFor({ state: 'hidden' });
      await shot(page, 'plan-390-toc');
    } else {
      await page.locator(`[data-testid="plan-toc"] a[href="#chapter-${last.code}"]`).click();
      await page.waitForFunction((h) => location.hash === h, `#chapter-${last.code}`);
      await shot(page, 'plan-toc');
    }
    await page.locator(`.toc__ch.is-current > a[href="#chapter-${last.code}"]`).waitFor({ state: 'attached' });
    expect(errors).toEqual([]);
  });
}

test('plan: /plan#item-19 and /plan#measure-… land on the item or measure and highlight it', async ({
  page,
  errors,
}) => {
  const [planFactors, planMeasures] = await Promise.all([factors(), measures()]);
  const chapterOfItem = (n: number) => planFactors.find((f) => (f.items ?? []).some((i) => i.number === n))?.code;
  const itemNo = chapterOfItem(19) ? 19 : planFactors.flatMap((f) => f.items ?? []).at(-1)!.number;
  const measure2 =
    planMeasures.find((x) => x.itemNumber === itemNo && x.seq === 2) ??
    planMeasures.find((x) => x.itemNumber === itemNo);
  for (const [hash, chapter] of [
    [`item-${itemNo}`, chapterOfItem(itemNo)],
    [`measure-${measure2.code}`, measure2.factorCode],
  ]) {
    await page.goto(`/plan#${hash}`, { waitUntil: 'networkidle' });
    const target = page.locator(`${cssId(hash!)}.is-target`);
    await target.waitFor();
    await page.waitForFunction((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      return r.top >= -2 && r.top < 120;
    }, hash!);
    await page.locator(`.toc__ch.is-current > a[href="#chapter-${chapter}"]`).waitFor();
  }
  await shot(page, 'plan-deeplink');
  expect(errors).toEqual([]);
});

test('plan: English summaries are behind a remembered toggle in Chinese, and shown as unofficial in English', async ({
  page,
  errors,
}) => {
  const withEn = (await measures()).filter((m) => m.summaryEn).length;
  await goto(page, '/plan');
  await noLoadingLeft(page);
  expect(await page.locator('.measure__en').count(), 'no English summaries by default in Chinese').toBe(0);
  await page.locator('[data-testid="toggle-en"]').click();
  await page.locator('.measure__en').first().waitFor();
  expect(await page.locator('.measure__en').count(), 'English summaries shown').toBe(withEn);
  expect(await page.getAttribute('[data-testid="toggle-en"]', 'aria-pressed'), 'the toggle says it is on').toBe('true');
  await page.reload({ waitUntil: 'networkidle' });
  await page.locator('.measure__en').first().waitFor();
  await page.locator('[data-testid="toggle-en"]').click();
  await page.locator('.measure__en').first().waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.locator('.measure__en').first().waitFor();
  expect(await page.locator('.measure__en').count(), 'every English summary shows in English').toBe(withEn);
  expect(await page.locator('[data-testid="toggle-en"]').count(), 'no toggle in English').toBe(0);
  const label = await page.locator('.measure__en .unofficial').first().innerText();
  expect(label, 'English summaries are labelled unofficial').toMatch(/unofficial/i);
  await axeCheck(page, 'plan (English)');
  await shot(page, 'plan-en');
  await page.getByRole('button', { name: '切换到中文' }).click();
  expect(errors).toEqual([]);
});

test('plan: a measure with pilots shows each region and its progress (GET /dashboard/measures)', async ({
  page,
  errors,
}) => {
  const agg = await api('dashboard/measures');
  const m = agg.measures.find((x: any) => x.regions.length > 1) ?? agg.measures[0];
  expect(m, 'the demo data has tasks on some measure').toBeTruthy();
  await page.goto(`/plan#measure-${m.measureCode}`, { waitUntil: 'networkidle' });
  const chips = page.locator(`${cssId(`measure-${m.measureCode}`)} .pilot`);
  await chips.first().waitFor();
  expect(await chips.count(), 'pilots shown').toBe(m.regions.length);
  for (const r of m.regions) {
    const chip = page.locator(`${cssId(`measure-${m.measureCode}`)} .pilot`, {
      has: page.locator(`a[href*="/regions/${r.regionCode}"]`),
    });
    const text = await chip.innerText();
    expect(text, `pilot ${r.regionCode} shows its progress`).toContain(`${r.progress}%`);
  }
  expect(errors).toEqual([]);
});

test('region: shows its local documents with number and source link, a conflict as a conflict, and the reported tasks', async ({
  page,
  errors,
}) => {
  const regions = await api<any[]>('regions');
  const withDocs = regions.filter((r) => r.localDocuments?.length);
  expect(withDocs.length, 'some region has local documents').toBeGreaterThan(0);
  const conflicted = withDocs.find((r) => r.localDocuments.some((d: any) => d.conflict));
  const reported = regions.find((r) => r.reportedTasks?.length);
  for (const r of [withDocs[0], conflicted, reported].filter(Boolean)) {
    await goto(page, `/regions/${r.code}`);
    await noLoadingLeft(page);
    for (const d of r.localDocuments ?? []) {
      const doc = page.locator('[data-testid="local-doc"]', { hasText: d.docNumber });
      await doc.waitFor();
      if (d.sources[0]) {
        const hrefs = await doc
          .locator('[data-testid="doc-source"]')
          .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        expect(hrefs, `source link ${d.sources[0].url}`).toContain(new URL(d.sources[0].url).href);
      }
      if (d.conflict) await doc.locator('[data-testid="doc-conflict"]').waitFor();
      if (!d.issuedOn) await doc.locator('.ldoc__nodate').waitFor();
    }
    if (r.reportedTasks?.length) {
      await page
        .locator('[data-testid="reported-tasks"] blockquote')
        .nth(r.reportedTasks.length - 1)
        .waitFor();
    }
    await axeCheck(page, `region ${r.code}`);
  }
  await shot(page, 'region-docs', true);
  expect(errors).toEqual([]);
});
