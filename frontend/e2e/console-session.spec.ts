// The officials' console sessions (issue 19): signing out, staying signed in, being signed out by others.
import { test, expect } from './support/fixtures';
import { ADMIN, newTask } from './support/api';
import { noLoadingLeft, signIn, unexpected } from './support/pages';

test('console: signing out ends the session and returns to the sign-in page', async ({ page, official }) => {
  await signIn(page, official.username, official.password, '/console');
  await noLoadingLeft(page);
  await page.locator('header button', { hasText: '退出登录' }).click();
  await page.waitForURL(/\/console\/sign-in/);
  await page.locator('nav a', { hasText: '登录' }).waitFor();
  expect(await page.locator('[data-testid="who"]').count(), 'no user shown after signing out').toBe(0);
});

test('console session: a reload and a new tab keep the official signed in; "sign out everywhere" ends both tabs at once', async ({
  page,
  context,
  errors,
  official,
  adminToken,
}) => {
  // a task of their own, so that "my tasks" has a row
  await newTask(adminToken, official.region);
  await signIn(page, official.username, official.password, '/console');
  await noLoadingLeft(page);
  const session = (await context.cookies()).find((c) => c.name === 'pilotboard_session');
  expect(
    session && session.httpOnly && session.sameSite === 'Strict',
    `an HttpOnly SameSite=Strict cookie: ${JSON.stringify(session)}`,
  ).toBe(true);
  expect(await page.evaluate(() => document.cookie), 'scripts cannot read the session').not.toContain(
    'pilotboard_session',
  );
  await page.reload({ waitUntil: 'networkidle' });
  await page.locator('[data-testid="who"]', { hasText: official.displayName }).waitFor();
  expect(new URL(page.url()).pathname, 'still on my tasks after the reload').toBe('/console');
  await page.locator('li.ctask').first().waitFor();
  const tab = await context.newPage();
  await tab.goto('/console', { waitUntil: 'networkidle' });
  await tab.locator('[data-testid="who"]', { hasText: official.displayName }).waitFor();
  await tab.locator('[data-testid="sign-out-everywhere"]').click();
  await tab.waitForURL(/\/console\/sign-in/);
  // the sign-in page no longer says a reload signs you out
  const hint = await tab.locator('.signin').innerText();
  expect(hint, 'sign-in hint').toContain('刷新或新开标签页仍保持登录');
  expect(hint, 'sign-in hint').not.toContain('刷新页面需重新登录');
  // the first tab's next call is refused at once and returns it to sign-in
  await page.click('#mt-overdue');
  await page.waitForURL(/\/console\/sign-in\?redirect=/);
  await page.locator('.cmsg', { hasText: '登录已失效' }).waitFor();
  await page.reload({ waitUntil: 'networkidle' });
  expect(await page.locator('[data-testid="who"]').count(), 'signed out after a reload too').toBe(0);
  expect(unexpected(errors, 412, 401)).toEqual([]);
});

test('console: disabling the official (admin, with confirmation) ends their session: next call returns them to sign-in', async ({
  openPage,
  official,
}) => {
  const off = await openPage();
  const adm = await openPage();
  const confirms: string[] = [];
  adm.page.on('dialog', (d) => {
    confirms.push(d.type());
    void d.accept();
  });
  await signIn(off.page, official.username, official.password, '/console');
  await noLoadingLeft(off.page);
  await signIn(adm.page, ADMIN.username, ADMIN.password, '/console/admin/users');
  const row = adm.page.locator(`li[data-username="${official.username}"]`);
  await row.getByRole('button', { name: '停用' }).click();
  await row.locator('text=已停用').waitFor();
  expect(confirms, 'disabling asked for confirmation').toContain('confirm');
  // the official's next call answers 401
  await off.page.click('#mt-overdue');
  await off.page.waitForURL(/\/console\/sign-in\?redirect=/);
  await off.page.locator('.cmsg', { hasText: '登录已失效' }).waitFor();
  expect(await off.page.locator('[data-testid="who"]').count(), 'signed out').toBe(0);
});
