// Two people quick-update the same task from the same state: the second sees the conflict, field by field.
import { test, expect } from './support/fixtures';
import { ADMIN, api, apiAs, newTask } from './support/api';
import { axeCheck, noLoadingLeft, shot, signIn, unexpected } from './support/pages';
import type { Page } from '@playwright/test';

test('console quick update collision: both saw 80 %, the second save gets the field-by-field conflict view, nothing is overwritten unseen', async ({
  openPage,
  official,
  adminToken,
}) => {
  const task = await newTask(adminToken, official.region);
  const a = await openPage();
  const b = await openPage();
  const set = await apiAs(adminToken, 'POST', `tasks/${task.id}/updates`, {
    status: 'in_progress',
    progress: 80,
    comment: 'e2e 基线 80%',
  });
  expect(set.status, 'baseline update').toBe(201);
  await signIn(a.page, ADMIN.username, ADMIN.password, '/console');
  await signIn(b.page, official.username, official.password, '/console');
  for (const { page } of [a, b]) await noLoadingLeft(page);
  // the admin's list opens on the first region; the task is in the official's
  await a.page.selectOption('#mt-region', task.regionCode);
  await a.page.locator(`li.ctask[data-task-id="${task.id}"]`).waitFor();
  const open = async (page: Page) => {
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
  const refused = b.page.waitForResponse(
    (r) => r.url().includes(`/api/v1/tasks/${task.id}/updates`) && r.request().method() === 'POST',
  );
  await rowB.getByRole('button', { name: '保存更新' }).click();
  expect((await refused).status(), 'the second save is refused').toBe(412);
  const view = rowB.locator('[data-testid="quick-conflict"]');
  await view.waitFor();
  const table = await view.locator('table').innerText();
  expect(table, 'mine').toContain('85 %');
  expect(table, 'theirs').toContain('82 %');
  expect(table, 'the original').toContain('80 %');
  expect((await api(`tasks/${task.id}`)).progress, 'the first save stands until the second is re-applied').toBe(82);
  await axeCheck(b.page, 'quick update conflict');
  await shot(b.page, 'console-quick-conflict', true);
  await rowB.locator('[data-testid="quick-reapply"]').click();
  await rowB.locator('.latest', { hasText: 'e2e 冲突' }).waitFor();
  expect((await api(`tasks/${task.id}`)).progress, 'the re-applied update is saved knowingly').toBe(85);
  expect(unexpected(a.errors, 412)).toEqual([]);
  expect(unexpected(b.errors, 412)).toEqual([]);
});
