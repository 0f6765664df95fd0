// The timeline: filters in the URL, and the Gantt chart's bars lead to their tasks.
import { test, expect } from './support/fixtures';
import { publicData } from './support/data';
import { goto } from './support/pages';

test('timeline filters are kept in the URL and narrow the tasks', async ({ page, errors }) => {
  const { region } = await publicData();
  await goto(page, '/timeline');
  await page.locator('.gantt .echart svg').waitFor();
  await page.selectOption('#f-region', region.code);
  await page.waitForURL(new RegExp(`region=${region.code}`));
  await page.waitForLoadState('networkidle');
  await page.locator('.gantt .echart svg').waitFor();
  const rows = await page.locator('details.alt tbody tr').count();
  expect(rows, 'filtered rows').toBe(region.counts.tasks);
  await page.getByRole('button', { name: '按要素' }).click();
  await page.waitForURL(/group=factor/);
  await page.getByRole('button', { name: '一季度' }).click();
  await page.waitForURL(/zoom=quarter/);
  expect(errors).toEqual([]);
});

test('timeline: hovering a bar shows the task, clicking it opens the task page', async ({ page, errors }) => {
  const { region } = await publicData();
  await goto(page, `/timeline?region=${region.code}`);
  const chart = page.locator('.gantt .echart');
  await chart.locator('svg').waitFor();
  const box = (await chart.boundingBox())!;
  const firstTitle = (await page.locator('details.alt tbody tr th a').first().textContent())?.trim() ?? '';
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
  expect(found, `a tooltip for "${firstTitle}" along its row`).toBe(true);
  await page.waitForURL(/\/tasks\/\d+/);
  await page.locator('h1', { hasText: firstTitle }).waitFor();
  expect(errors).toEqual([]);
});
