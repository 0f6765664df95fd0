// The import page: a CSV is checked first (problems by row and column, nothing written), then imported.
import { test, expect } from './support/fixtures';
import { api, unique } from './support/api';
import { axeCheck, shot, signIn, unexpected } from './support/pages';

const XSS = '<img src=x onerror=alert(1)>';

test('console import: the official checks a CSV, sees the problems by row (nothing written), then imports the fixed file', async ({
  page,
  errors,
  official,
}) => {
  const offRegion = official.region;
  await signIn(page, official.username, official.password, '/console/import');
  await page.locator('[data-testid="template-xlsx"]').waitFor();
  await axeCheck(page, 'import');
  const key = unique('E2E-IMP');
  const head =
    'kind,regionCode,externalKey,measureCode,milestoneCode,titleZh,responsibleUnit,plannedStart,plannedEnd,updateKey,status,progress,comment';
  const taskRow = `task,${offRegion},${key},5.2,2025,E2E 导入任务 ${key},E2E 单位,2025-10-01,2027-06-30,,,,`;
  const csv = (updateStatus: string) =>
    Buffer.from(`\uFEFF${head}\r\n${taskRow}\r\nupdate,${offRegion},${key},,,,,,,Q1,${updateStatus},30,首批完成\r\n`);
  const choose = (buffer: Buffer) => page.setInputFiles('#im-file', { name: '导入.csv', mimeType: 'text/csv', buffer });
  // a bad status (HTML, shown as text) in row 3: the report names row and column, nothing is written
  await choose(csv(XSS));
  const checked = page.waitForResponse((r) => r.url().includes('/api/v1/imports') && r.request().method() === 'POST');
  await page.locator('[data-testid="check"]').click();
  expect((await checked).status(), 'the check answers 422').toBe(422);
  const report = page.locator('[data-testid="import-errors"]');
  await report.waitFor();
  const cells = await report.locator('tbody tr').first().locator('th, td').allTextContents();
  expect(cells[0].trim(), `report row: ${cells.join(' | ')}`).toBe('3');
  expect(cells[1].trim(), `report column: ${cells.join(' | ')}`).toBe('status');
  expect(cells[2], 'the problem quotes the value').toContain(XSS);
  expect(await page.locator('img[src="x"]').count(), 'the problem text is not markup').toBe(0);
  expect(await page.locator('[data-testid="import"]').isDisabled(), 'no import while rows have problems').toBe(true);
  await axeCheck(page, 'import report');
  await shot(page, 'console-import-report', true);
  const tasksOf = async () =>
    (
      await api<{ items: { externalKey?: string; status: string; progress: number }[] }>(
        `tasks?region=${offRegion}&size=200`,
      )
    ).items.filter((t) => t.externalKey === key);
  expect(await tasksOf(), 'nothing was written').toHaveLength(0);
  // the fixed file: checked (dry run), then imported
  await choose(csv('in_progress'));
  await page.locator('[data-testid="check"]').click();
  await page.locator('[data-testid="import-results"] tbody tr[data-outcome="created"]').nth(1).waitFor();
  await page.locator('[data-testid="import-summary"]', { hasText: '新建 2' }).waitFor();
  expect(await tasksOf(), 'the dry run wrote nothing').toHaveLength(0);
  // the dry run shows each row's task title and the values read, so mistakes are seen before importing
  const firstRow = page.locator('[data-testid="import-results"] tbody tr').first();
  await expect(firstRow.locator('.im-title'), "the row's task title").toHaveText(`E2E 导入任务 ${key}`);
  await expect(firstRow.locator('.im-values'), 'the values read').toContainText('2027-06-30');
  await expect(
    page.locator('[data-testid="import-results"] tbody tr').nth(1).locator('.im-title'),
    'an update row names the task it updates',
  ).toHaveText(`E2E 导入任务 ${key}`);
  await page.locator('[data-testid="import"]').click();
  await page.locator('[data-testid="import-summary"]', { hasText: '已导入 2 行' }).waitFor();
  const created = await tasksOf();
  expect(
    created.map((t) => [t.status, t.progress]),
    'imported: one task, with its update',
  ).toEqual([['in_progress', 30]]);
  await shot(page, 'console-import-done', true);
  expect(unexpected(errors, 412, 422)).toEqual([]);
});
