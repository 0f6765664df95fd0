// The official's work on tasks in the console: quick updates, edits, new tasks; and what they may not do.
import { test, expect } from './support/fixtures';
import { ADMIN, api, apiAs, loginToken, newRegion, newTask, unique } from './support/api';
import { axeCheck, goto, noLoadingLeft, quickUpdate, shot, signIn, unexpected } from './support/pages';

const XSS = '<img src=x onerror=alert(1)>';

test('console b: the official posts a quick update with comment and evidence; the public page shows it with their name', async ({
  page,
  errors,
  official,
  adminToken,
}) => {
  const task = await newTask(adminToken, official.region);
  const stamp = unique('e2e');
  await signIn(page, official.username, official.password, '/console');
  const who = await page.locator('[data-testid="who"]').innerText();
  expect(who, 'header names the official').toContain(official.displayName);
  expect(who, 'header names the region').toContain(official.region);
  await noLoadingLeft(page);
  const comment = `e2e 进展 ${stamp}`;
  const progress = Math.min(Math.max(task.progress, 10), 99);
  await quickUpdate(page, task.id, {
    status: 'in_progress',
    progress,
    comment,
    url: `https://example.gov.cn/e2e/${stamp}`,
    label: 'e2e 佐证',
  });
  await shot(page, 'console-my-tasks', true);
  await axeCheck(page, 'my tasks (official)');
  await goto(page, `/tasks/${task.id}`);
  const item = page.locator('.hist__item', { hasText: comment });
  await item.waitFor();
  expect(await item.innerText(), 'history names the official').toContain(official.displayName);
  expect(
    await item.locator(`a[href="https://example.gov.cn/e2e/${stamp}"]`).count(),
    'the evidence link is shown',
  ).toBe(1);
  expect(unexpected(errors, 412)).toEqual([]);
});

test("console c: another region's task gives no edit form to the official, and the API refuses (403)", async ({
  page,
  errors,
  official,
  adminToken,
}) => {
  const otherTask = await newTask(adminToken, await newRegion(adminToken));
  await signIn(page, official.username, official.password, `/console/tasks/${otherTask.id}/edit`);
  await page.locator('[data-testid="not-your-region"]').waitFor();
  expect(await page.locator('#main form').count(), 'no form for another region').toBe(0);
  await axeCheck(page, 'edit (not your region)');
  const token = await loginToken(official.username, official.password);
  const fresh = await apiAs(token, 'GET', `tasks/${otherTask.id}`);
  const etag = fresh.headers.get('etag') ?? `"${((await fresh.json()) as { version: number }).version}"`;
  const patch = await apiAs(
    token,
    'PATCH',
    `tasks/${otherTask.id}`,
    { titleEn: 'hijack' },
    { 'If-Match': etag, 'Content-Type': 'application/merge-patch+json' },
  );
  expect(patch.status, "PATCH of another region's task").toBe(403);
  const post = await apiAs(token, 'POST', `tasks/${otherTask.id}/updates`, { status: 'delayed', comment: 'hijack' });
  expect(post.status, "POST update to another region's task").toBe(403);
  await apiAs(token, 'POST', 'auth/logout');
  expect(unexpected(errors, 412)).toEqual([]);
});

test('console d: two sessions edit the same task; the second save gets the conflict view and re-applies', async ({
  openPage,
  official,
  adminToken,
}) => {
  const task = await newTask(adminToken, official.region);
  const stamp = unique('e2e');
  const a = await openPage();
  const b = await openPage();
  const p = `/console/tasks/${task.id}/edit`;
  await signIn(a.page, ADMIN.username, ADMIN.password, p);
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
  expect(table, "the conflict view shows the official's change").toContain(unit);
  expect(table, "the conflict view shows the admin's change").toContain(titleEn);
  await shot(a.page, 'console-conflict', true);
  await axeCheck(a.page, 'conflict view');
  await a.page.locator('[data-testid="reapply"]').click();
  await a.page.locator('[data-testid="saved"]').waitFor();
  const now = await api(`tasks/${task.id}`);
  expect([now.responsibleUnit, now.titleEn], 'both edits kept').toEqual([unit, titleEn]);
  expect(unexpected(a.errors, 412)).toEqual([]);
  expect(unexpected(b.errors, 412)).toEqual([]);
});

test('console e: an HTML comment is stored and shown as text (no script runs)', async ({
  page,
  errors,
  official,
  adminToken,
}) => {
  const task = await newTask(adminToken, official.region);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signIn(page, official.username, official.password, '/console');
  await noLoadingLeft(page);
  await quickUpdate(page, task.id, { status: 'delayed', progress: Math.min(task.progress, 99), comment: XSS });
  expect(await page.locator('li.ctask img[src="x"]').count(), 'no <img> made from the comment').toBe(0);
  await goto(page, `/tasks/${task.id}`);
  await page.locator('.hist__comment', { hasText: XSS }).first().waitFor();
  expect(await page.locator('img[src="x"]').count(), 'no <img> on the public page').toBe(0);
  expect(dialogs, 'no dialog fired').toEqual([]);
  expect(unexpected(errors, 412)).toEqual([]);
});

test('console: the official creates a task (dates checked) and revises its dates with a reason', async ({
  page,
  errors,
  official,
}) => {
  await signIn(page, official.username, official.password, '/console/tasks/new');
  await page.locator('#te-measureCode option:not([disabled])').first().waitFor({ state: 'attached' });
  await noLoadingLeft(page);
  await axeCheck(page, 'new task');
  const title = `E2E 新任务 ${unique('t')}`;
  await page.selectOption('#te-measureCode', { index: 1 });
  await page.selectOption('#te-milestoneCode', { index: 1 });
  await page.fill('#te-titleZh', title);
  await page.fill('#te-responsibleUnit', 'E2E 单位');
  await page.fill('#te-plannedStart', '2024-03-01');
  await page.fill('#te-plannedEnd', '2024-02-01');
  await page.getByRole('button', { name: '创建任务' }).click();
  await page.locator('#te-plannedEnd-err', { hasText: '结束日期不能早于开始日期' }).waitFor();
  expect(await page.getAttribute('#te-plannedEnd', 'aria-invalid'), 'the field is marked invalid').toBe('true');
  // a date outside the plan period asks for confirmation
  await page.fill('#te-plannedEnd', '2026-06-30');
  await page.locator('#te-confirmDates').waitFor();
  await page.getByRole('button', { name: '创建任务' }).click();
  await page.locator('#te-confirmDates-err').waitFor();
  await page.fill('#te-plannedEnd', '2024-12-31');
  if (await page.locator('#te-confirmDates').count()) await page.check('#te-confirmDates');
  await page.getByRole('button', { name: '创建任务' }).click();
  await page.waitForURL(/\/console\/tasks\/\d+\/edit$/);
  await page.waitForFunction(
    (tt) => (document.querySelector('#te-titleZh') as HTMLInputElement | null)?.value === tt,
    title,
  );
  // a planned-date change needs the reason
  await page.fill('#te-plannedEnd', '2024-11-30');
  await page.locator('#te-revisionReason').waitFor();
  if (await page.locator('#te-confirmDates').count()) await page.check('#te-confirmDates');
  await page.getByRole('button', { name: '保存修改' }).click();
  await page.locator('#te-revisionReason-err').waitFor();
  await page.fill('#te-revisionReason', 'E2E 调整原因');
  await page.getByRole('button', { name: '保存修改' }).click();
  await page.locator('[data-testid="saved"]').waitFor();
  const id = page.url().match(/tasks\/(\d+)\/edit/)![1];
  const t = await api(`tasks/${id}`);
  expect([t.plannedEnd, t.regionCode], "task saved in the official's region").toEqual(['2024-11-30', official.region]);
  expect(unexpected(errors, 412)).toEqual([]);
});
