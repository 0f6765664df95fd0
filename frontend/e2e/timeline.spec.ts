// The timeline: filters in the URL, a Gantt chart with full titles and a resizable task column, axis
// ticks that follow the zoom in both languages, bars told apart without colour (checked under
// Chromium's vision-deficiency emulation), rows rendered only in view, and a list on a phone.
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { api } from './support/api';
import { publicData } from './support/data';
import { goto, overflow, shot } from './support/pages';
import zhMessages from '../src/i18n/zh-CN';
import enMessages from '../src/i18n/en';
import { createFormatters } from '../src/lib/format';

/* eslint-disable @typescript-eslint/no-explicit-any -- the API's JSON, read loosely */

async function ganttReady(page: Page) {
  await page.locator('.gantt[data-ready="true"] .grow').first().waitFor();
}

async function tickLabels(page: Page): Promise<string[]> {
  const all = await page.locator('.gantt-axis__tick').allInnerTexts();
  return all.map((s) => s.trim()).filter(Boolean);
}

/** Opens the table beside the chart and shows all its rows. */
async function openTable(page: Page) {
  const details = page.locator('details.alt');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  await details.locator('tbody tr').first().waitFor();
  const more = details.getByRole('button', { name: /再显示|Show \d+ more/ });
  while (await more.count()) await more.click();
}

async function unit(page: Page) {
  return page.locator('.gantt').getAttribute('data-unit');
}

test('timeline filters are kept in the URL and narrow the tasks', async ({ page, errors }) => {
  const { region } = await publicData();
  await goto(page, '/timeline');
  await ganttReady(page);
  await page.selectOption('#f-region', region.code);
  await page.waitForURL(new RegExp(`region=${region.code}`));
  await page.waitForLoadState('networkidle');
  await ganttReady(page);
  await openTable(page);
  const rows = await page.locator('details.alt tbody tr').count();
  expect(rows, 'filtered rows').toBe(region.counts.tasks);
  await page.getByRole('button', { name: '按要素' }).click();
  await page.waitForURL(/group=factor/);
  await page.getByRole('button', { name: '一季度' }).click();
  await page.waitForURL(/zoom=quarter/);
  expect(errors).toEqual([]);
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('each task shows its full title, status and dates beside its bars; the task column resizes', async ({
    page,
    errors,
  }) => {
    const { region } = await publicData();
    const timeline = await api(`dashboard/timeline?region=${region.code}&limit=20000`);
    await goto(page, `/timeline?region=${region.code}`);
    await ganttReady(page);
    const rows = page.locator('li.grow--task');
    const n = await rows.count();
    expect(n, 'task rows rendered').toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const row = rows.nth(i);
      const id = Number(await row.getAttribute('data-task'));
      const task = timeline.tasks.find((t: any) => t.id === id);
      const title = row.locator('.grow__title');
      // the whole title, not cut, and not overflowing its column
      expect((await title.innerText()).trim()).toBe(task.titleZh);
      const fits = await title.evaluate((el) => {
        const cell = el.closest('.grow__label')!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return r.left >= cell.left - 1 && r.right <= cell.right + 1 && r.bottom <= cell.bottom + 1;
      });
      expect(fits, `title of task ${id} inside its column`).toBe(true);
      const meta = await row.locator('.grow__meta').innerText();
      expect(meta, `status of task ${id}`).toContain(zhMessages.status[task.status as keyof typeof zhMessages.status]);
      if (task.plannedStart) {
        expect(meta, `planned start of task ${id}`).toContain(createFormatters('zh-CN').date(task.plannedStart));
      }
    }
    // the bars of the three series, the milestones and today
    await expect(page.locator('.grow__track .bar--planned').first()).toBeVisible();
    expect(await page.locator('.grow__track .bar--baseline').count()).toBeGreaterThan(0);
    expect(await page.locator('.grow__track .bar--actual').count()).toBeGreaterThan(0);
    await expect(page.locator('.gantt-axis__marker--today')).toHaveText('今天');
    const ms = await page.locator('.gantt-axis__marker--ms').allInnerTexts();
    const inRange = timeline.milestones.filter((m: any) => m.dueOn >= '2021-01-01').map((m: any) => m.code);
    expect(ms.sort()).toEqual([...inRange].sort());

    // resize with the keyboard: the separator says its width, the column follows, rows get no taller
    const handle = page.getByRole('separator', { name: '调整任务列宽度' });
    const labelWidth = () =>
      page
        .locator('.grow__label')
        .first()
        .evaluate((el) => el.getBoundingClientRect().width);
    const before = Number(await handle.getAttribute('aria-valuenow'));
    const tallest = () =>
      page.locator('li.grow--task').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().height)));
    const tallBefore = await tallest();
    await handle.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(handle).toHaveAttribute('aria-valuenow', String(before - 40));
    expect(Math.round(await labelWidth())).toBe(before - 40);
    await page.keyboard.press('End');
    const widest = Number(await handle.getAttribute('aria-valuenow'));
    expect(widest).toBeGreaterThan(before);
    expect(await tallest()).toBeLessThanOrEqual(tallBefore);
    // and with the mouse
    const hb = (await handle.boundingBox())!;
    await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
    await page.mouse.down();
    await page.mouse.move(hb.x + hb.width / 2 - 200, hb.y + hb.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(handle).toHaveAttribute('aria-valuenow', String(widest - 200));
    // kept across a reload
    await page.reload({ waitUntil: 'networkidle' });
    await ganttReady(page);
    await expect(page.getByRole('separator', { name: '调整任务列宽度' })).toHaveAttribute(
      'aria-valuenow',
      String(widest - 200),
    );

    // a bar opens its task
    const first = page.locator('li.grow--task').first();
    const id = await first.getAttribute('data-task');
    await first.locator('.grow__track').click({ position: { x: 5, y: 5 } });
    await page.waitForURL(new RegExp(`/tasks/${id}`));
    expect(errors).toEqual([]);
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    test(`axis ticks follow the zoom: years, quarters, months (${lang})`, async ({ page, errors }) => {
      if (lang === 'en') await page.addInitScript(() => localStorage.setItem('pilotboard.locale', 'en'));
      const zh = lang === 'zh-CN';
      const pattern = {
        year: zh ? /^\d{4}年$/ : /^\d{4}$/,
        quarter: zh ? /^(\d{4}年)?[一二三四]季度$/ : /^Q[1-4]( \d{4})?$/,
        month: zh ? /^(\d{4}年)?\d{1,2}月$/ : /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$/,
      };
      await goto(page, '/timeline');
      await ganttReady(page);
      expect(await unit(page)).toBe('year');
      const years = await tickLabels(page);
      expect(years.length).toBeGreaterThanOrEqual(4);
      for (const l of years) expect(l).toMatch(pattern.year);
      // ticks are at the first day of a year
      const dates = await page
        .locator('.gantt-axis__tick')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-tick')));
      for (const d of dates) expect(d).toMatch(/^\d{4}-01-01$/);
      await shot(page, `timeline-all-1440-${lang}`);

      await page.getByRole('button', { name: zh ? '一年' : 'One year' }).click();
      await expect(page.locator('.gantt')).toHaveAttribute('data-unit', 'quarter');
      const quarters = await tickLabels(page);
      expect(quarters.length).toBeGreaterThanOrEqual(3);
      for (const l of quarters) expect(l).toMatch(pattern.quarter);

      await page.getByRole('button', { name: zh ? '一季度' : 'One quarter' }).click();
      await expect(page.locator('.gantt')).toHaveAttribute('data-unit', 'month');
      const months = await tickLabels(page);
      expect(months.length).toBeGreaterThanOrEqual(2);
      for (const l of months) expect(l).toMatch(pattern.month);
      await expect(page.locator('.gantt-axis__marker--today')).toHaveText(zh ? '今天' : 'Today');
      await shot(page, `timeline-quarter-1440-${lang}`);

      // zooming out from a quarter comes back to quarters, then years
      await page.getByRole('button', { name: zh ? '缩小（延长时间范围）' : 'Zoom out (longer span)' }).click();
      await page.getByRole('button', { name: zh ? '缩小（延长时间范围）' : 'Zoom out (longer span)' }).click();
      await expect(page.locator('.gantt')).toHaveAttribute('data-unit', 'quarter');
      await page.getByRole('button', { name: zh ? '缩小（延长时间范围）' : 'Zoom out (longer span)' }).click();
      await page.getByRole('button', { name: zh ? '缩小（延长时间范围）' : 'Zoom out (longer span)' }).click();
      await expect(page.locator('.gantt')).toHaveAttribute('data-unit', 'year');
      expect(errors).toEqual([]);
    });
  }

  test('only the rows in view are rendered; scrolling brings the last task', async ({ page, errors }) => {
    const timeline = await api('dashboard/timeline?limit=20000');
    await goto(page, '/timeline');
    await ganttReady(page);
    const groups = new Set(timeline.tasks.map((t: any) => t.regionCode)).size;
    const allRows = timeline.tasks.length + groups;
    const rendered = await page.locator('li.grow').count();
    expect(rendered, `rows in the page of ${allRows}`).toBeLessThan(allRows);
    const body = page.locator('.gantt-body');
    // scroll step by step to the end (rows are measured as they come into view)
    for (let i = 0; i < 50; i++) {
      const done = await body.evaluate((el) => {
        el.scrollTop = el.scrollHeight;
        return el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      if (done && i > 1) break;
    }
    const ids = await page
      .locator('li.grow--task')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-task'))));
    await openTable(page);
    const rowsInOrder = await page
      .locator('details.alt tbody tr th a')
      .evaluateAll((els) => els.map((a) => Number(a.getAttribute('href')!.match(/tasks\/(\d+)/)![1])));
    expect(ids, 'the last task in view after scrolling').toContain(rowsInOrder[rowsInOrder.length - 1]);
    expect(await page.locator('li.grow').count()).toBeLessThan(allRows);
    expect(errors).toEqual([]);
  });

  test('bars are told apart without colour: legend swatches stay distinct under colour-vision deficiencies', async ({
    page,
    openPage,
    errors,
  }) => {
    await goto(page, '/timeline');
    await ganttReady(page);
    const cdp = await page.context().newCDPSession(page);
    const series = ['baseline', 'planned', 'actual'];
    const shots: Record<string, Record<string, string>> = {};
    const kinds = ['none', 'deuteranopia', 'protanopia', 'tritanopia', 'achromatopsia'];
    for (const type of kinds) {
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: type as 'none' });
      shots[type] = {};
      for (const s of series) {
        const buf = await page.locator(`.gantt-legend li[data-series="${s}"] .sw > .bar`).screenshot();
        shots[type][s] = buf.toString('base64');
      }
      if (type !== 'none') await shot(page, `timeline-legend-${type}`);
    }
    await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });

    // read the pixels in a page of their own: mean colour (CIE L*a*b*) and a 10×4 grid of lightness
    const { page: lab } = await openPage();
    await lab.setContent('<canvas id="c"></canvas>');
    const stats = await lab.evaluate(async (all) => {
      const toLab = (r: number, g: number, b: number) => {
        const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        const [R, G, B] = [lin(r), lin(g), lin(b)];
        const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
        const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
        const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
        const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
      };
      const out: Record<string, Record<string, { lab: number[]; grid: number[] }>> = {};
      for (const [kind, bySeries] of Object.entries(all)) {
        out[kind] = {};
        for (const [s, b64] of Object.entries(bySeries)) {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const c = document.getElementById('c') as HTMLCanvasElement;
          c.width = img.width;
          c.height = img.height;
          const ctx = c.getContext('2d')!;
          ctx.clearRect(0, 0, c.width, c.height);
          ctx.drawImage(img, 0, 0);
          const px = ctx.getImageData(0, 0, c.width, c.height).data;
          const sum = [0, 0, 0];
          const GX = 10,
            GY = 4;
          const grid = new Array(GX * GY).fill(0);
          const cnt = new Array(GX * GY).fill(0);
          for (let y = 0; y < c.height; y++) {
            for (let x = 0; x < c.width; x++) {
              const i = (y * c.width + x) * 4;
              const l = toLab(px[i], px[i + 1], px[i + 2]);
              sum[0] += l[0];
              sum[1] += l[1];
              sum[2] += l[2];
              const g =
                Math.min(GY - 1, Math.floor((y / c.height) * GY)) * GX +
                Math.min(GX - 1, Math.floor((x / c.width) * GX));
              grid[g] += l[0];
              cnt[g] += 1;
            }
          }
          const n = c.width * c.height;
          out[kind][s] = { lab: sum.map((v) => v / n), grid: grid.map((v, i) => v / Math.max(1, cnt[i])) };
        }
      }
      return out;
    }, shots);

    const deltaE = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    const gridDiff = (a: number[], b: number[]) => a.reduce((acc, v, i) => acc + Math.abs(v - b[i]), 0) / a.length;
    // the emulation is in effect: it changes what the orange baseline looks like
    for (const kind of kinds.slice(1)) {
      expect(deltaE(stats.none.baseline.lab, stats[kind].baseline.lab), `${kind} emulated`).toBeGreaterThan(3);
    }
    const report: string[] = [];
    for (const kind of kinds) {
      for (let i = 0; i < series.length; i++) {
        for (let j = i + 1; j < series.length; j++) {
          const a = stats[kind][series[i]];
          const b = stats[kind][series[j]];
          const dE = deltaE(a.lab, b.lab);
          const dG = gridDiff(a.grid, b.grid);
          report.push(`${kind} ${series[i]}/${series[j]}: ΔE ${dE.toFixed(1)}, pattern ${dG.toFixed(1)}`);
          // colour: clearly different (ΔE ≥ 15) under each deficiency; even without any colour
          // (achromatopsia) the lightness patterns differ cell by cell (≥ 10 L* on average)
          if (kind !== 'achromatopsia') expect(dE, `${kind}: ${series[i]} vs ${series[j]}`).toBeGreaterThanOrEqual(15);
          expect(dG, `${kind}: pattern of ${series[i]} vs ${series[j]}`).toBeGreaterThanOrEqual(10);
        }
      }
    }
    console.log(report.join('\n'));
    await test.info().attach('swatch-differences.txt', { body: report.join('\n'), contentType: 'text/plain' });
    expect(errors).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const lang of ['zh-CN', 'en'] as const) {
    test(`the timeline is a list: each task's text says its status and dates above a small bar (${lang})`, async ({
      page,
      errors,
    }) => {
      if (lang === 'en') await page.addInitScript(() => localStorage.setItem('pilotboard.locale', 'en'));
      const { region } = await publicData();
      const timeline = await api(`dashboard/timeline?region=${region.code}&limit=20000`);
      await goto(page, `/timeline?region=${region.code}`);
      await ganttReady(page);
      await expect(page.locator('.gantt')).toHaveClass(/gantt--narrow/);
      await expect(page.getByRole('separator')).toBeHidden();
      expect(await overflow(page), 'no sideways scrolling').toBeLessThanOrEqual(1);
      const rows = page.locator('li.grow--task');
      const n = await rows.count();
      expect(n).toBeGreaterThan(0);
      const en = lang === 'en';
      const statusWord: Record<string, string> = (en ? enMessages : zhMessages).status;
      for (let i = 0; i < Math.min(n, 6); i++) {
        const row = rows.nth(i);
        const id = Number(await row.getAttribute('data-task'));
        const task = timeline.tasks.find((t: any) => t.id === id);
        const label = (await row.locator('.grow__label').boundingBox())!;
        const track = (await row.locator('.grow__track').boundingBox())!;
        expect(track.y, 'the bar below the text').toBeGreaterThanOrEqual(label.y + label.height - 1);
        expect(track.width, 'the bar spans the row').toBeGreaterThan(300);
        const meta = await row.locator('.grow__meta').innerText();
        expect(meta).toContain(statusWord[task.status]);
        if (task.plannedEnd) {
          const text = createFormatters(lang).date(task.plannedEnd);
          expect(meta, `planned end of task ${id}`).toContain(text);
        }
      }
      await page.locator('.gantt-frame').scrollIntoViewIfNeeded();
      await shot(page, `timeline-phone-all-${lang}`);
      await page.getByRole('button', { name: en ? 'One quarter' : '一季度' }).click();
      await expect(page.locator('.gantt')).toHaveAttribute('data-unit', 'month');
      expect(await overflow(page), 'no sideways scrolling').toBeLessThanOrEqual(1);
      await page.locator('.gantt-frame').scrollIntoViewIfNeeded();
      await shot(page, `timeline-phone-quarter-${lang}`);
      expect(errors).toEqual([]);
    });
  }
});
