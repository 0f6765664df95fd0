// One Chinese vocabulary, and no code where a reader reads words (issue 15, point 7); the glossary
// itself is checked by tests/glossary.test.ts.
import { test, expect } from './support/fixtures';
import { ADMIN, api } from './support/api';
import { goto, signIn } from './support/pages';

test('the audit trail names its actions and objects in Chinese, the codes only in tooltips', async ({
  page,
  errors,
}) => {
  await signIn(page, ADMIN.username, ADMIN.password, '/console/admin/audit');
  const rows = page.locator('table.data tbody tr');
  await rows.first().waitFor();
  const login = page.locator('td[data-action="auth.login"]').first();
  await expect(login).toHaveText('登录');
  await expect(login).toHaveAttribute('title', 'auth.login');
  const cells = await rows.locator('td:nth-child(3), td:nth-child(4)').allInnerTexts();
  expect(
    cells.filter((c) => /\b[a-z]+[._][a-z_]+\b/.test(c)),
    'no action or object code in the table',
  ).toEqual([]);
  await expect(page.locator('#au-action option', { hasText: '更新任务进展' })).toHaveAttribute(
    'value',
    'task.status_update',
  );
  expect(errors).toEqual([]);
});

test('an English region note in the Chinese UI is marked as English', async ({ page, errors }) => {
  const regions = await api<{ code: string; notes?: string | null }[]>('regions');
  const withNotes = regions.find((r) => r.notes);
  expect(withNotes, 'a region with notes').toBeTruthy();
  await goto(page, `/regions/${withNotes!.code}`);
  const note = page.getByTestId('region-notes');
  await expect(note).toHaveAttribute('lang', 'en');
  await expect(page.locator('.notes__text .lang-tag')).toHaveText('英文');
  await goto(page, `/regions/${withNotes!.code}?lang=en`);
  await expect(page.getByTestId('region-notes')).toBeVisible();
  await expect(page.locator('.notes__text .lang-tag')).toHaveCount(0);
  expect(errors).toEqual([]);
});
