// The admin's console pages: users, API tokens, audit, regions, milestones, webhooks.
import { test, expect } from './support/fixtures';
import { ADMIN, api, apiAs, loginToken, newAccount, newRegion, unique } from './support/api';
import { axeCheck, clickNav, goto, noLoadingLeft, shot, signIn, unexpected } from './support/pages';

test('console a: admin signs in, creates an official, creates and revokes an API token (revoked token gets 401)', async ({
  page,
  errors,
  adminToken,
}) => {
  const region = await newRegion(adminToken);
  const official = newAccount();
  page.on('dialog', (d) => d.accept());
  await goto(page, '/console/sign-in');
  await page.locator('h1').waitFor();
  await axeCheck(page, 'sign-in');
  await signIn(page, ADMIN.username, ADMIN.password, '/console');
  const who = await page.locator('[data-testid="who"]').innerText();
  expect(who, 'header shows the role').toContain('管理员');
  await page.locator('nav a', { hasText: '控制台' }).waitFor();
  await noLoadingLeft(page);
  await axeCheck(page, 'my tasks (admin)');

  await clickNav(page, '用户', '/console/admin/users');
  await page.fill('#nu-username', official.username);
  await page.fill('#nu-displayName', official.displayName);
  await page.fill('#nu-password', official.password);
  await page.selectOption('#nu-role', 'official');
  await page.check(`#nu-regions-${region}`);
  await page.getByRole('button', { name: '创建用户' }).click();
  await page.locator('[data-testid="msg"]', { hasText: official.username }).waitFor();
  await page.locator(`li[data-username="${official.username}"]`).waitFor();
  await axeCheck(page, 'admin users');

  await clickNav(page, 'API 令牌', '/console/admin/tokens');
  const tokenName = unique('e2e-token');
  await page.fill('#nt-name', tokenName);
  await page.getByRole('button', { name: '创建令牌' }).click();
  await page.locator('[data-testid="new-token"]').waitFor();
  const token = await page.inputValue('#nt-value');
  expect(token.length, 'the token is shown').toBeGreaterThan(10);
  await page.getByRole('button', { name: '复制' }).waitFor();
  const row = page.locator(`tr[data-token-name="${tokenName}"]`);
  await row.waitFor();
  await axeCheck(page, 'admin tokens');
  expect((await apiAs(token, 'GET', 'me')).status, 'the new token works').toBe(200);
  const revoked = page.waitForResponse((r) => r.request().method() === 'DELETE' && r.url().includes('/api/v1/tokens/'));
  await row.getByRole('button', { name: /撤销/ }).click();
  expect((await revoked).ok(), 'revoke succeeded').toBe(true);
  await row.getByRole('button', { name: /撤销/ }).waitFor({ state: 'detached' });
  expect((await apiAs(token, 'GET', 'me')).status, 'revoked token on /me').toBe(401);
  // the token is shown once: gone after leaving the page
  await clickNav(page, '审计日志', '/console/admin/audit');
  await page.locator('table.data tbody tr').first().waitFor();
  await axeCheck(page, 'admin audit');
  await clickNav(page, '里程碑状态', '/console/admin/milestones');
  await axeCheck(page, 'admin milestones');
  await clickNav(page, '试点地区管理', '/console/admin/regions');
  await axeCheck(page, 'admin regions');
  await clickNav(page, 'API 令牌', '/console/admin/tokens');
  expect(await page.locator('[data-testid="new-token"]').count(), 'the token is not shown again').toBe(0);
  await shot(page, 'console-tokens', true);
  expect(unexpected(errors, 412)).toEqual([]);

  // the official made on the page can sign in (the old runner's later tests signed in as them)
  const me = await (await apiAs(await loginToken(official.username, official.password), 'GET', 'me')).json();
  expect(JSON.stringify(me), 'the new official, for their region').toContain(region);
});

test('console admin: region edit keeps its approval; milestone override needs a reason and can be cleared', async ({
  page,
  errors,
  adminToken,
}) => {
  const region = await newRegion(adminToken);
  const stamp = unique('e2e');
  const before = await api(`regions/${region}`);
  await signIn(page, ADMIN.username, ADMIN.password, '/console/admin/regions');
  await noLoadingLeft(page);
  const row = page.locator('.rlist li', { hasText: region });
  await row.getByRole('button', { name: /编辑/ }).click();
  await page.locator('#re-notes').waitFor();
  expect(await page.inputValue('#re-approvedOn'), 'the approval date is loaded').toBe(
    before.approval?.approvedOn ?? '',
  );
  await page.fill('#re-notes', `E2E note ${stamp}`);
  await page.getByRole('button', { name: '保存' }).click();
  await page.locator('.cmsg--ok', { hasText: region }).waitFor();
  const after = await api(`regions/${region}`);
  expect(after.notes, 'region notes saved').toBe(`E2E note ${stamp}`);
  expect(after.approval?.approvedOn, 'the approval is kept').toBe(before.approval?.approvedOn);
  // put the notes back
  await row.getByRole('button', { name: /编辑/ }).click();
  await page.fill('#re-notes', before.notes ?? '');
  await page.getByRole('button', { name: '保存' }).click();
  await page.locator('#re-notes').waitFor({ state: 'detached' });

  await clickNav(page, '里程碑状态', '/console/admin/milestones');
  const code = (await api('milestones'))[0].code;
  await page.getByRole('button', { name: '保存认定' }).first().click();
  await page.locator(`#ms-${code}-err`).waitFor();
  await page.selectOption(`#ms-${code}-st`, 'achieved');
  await page.fill(`#ms-${code}-rs`, `E2E 认定 ${stamp}`);
  await page.getByRole('button', { name: '保存认定' }).first().click();
  await page.locator('.mlist li', { hasText: `E2E 认定 ${stamp}` }).waitFor();
  await page.getByRole('button', { name: '清除认定' }).first().click();
  await page.locator('.mlist li', { hasText: `E2E 认定 ${stamp}` }).waitFor({ state: 'detached' });
  expect(
    (await api('milestones')).find((m: { code: string }) => m.code === code)?.override,
    'override cleared',
  ).toBeFalsy();
  expect(unexpected(errors, 412)).toEqual([]);
});

test('console admin: registers a webhook (secret shown once), pings it and sees the delivery outcome', async ({
  page,
  errors,
  adminToken,
}) => {
  page.on('dialog', (d) => d.accept());
  // a host that never resolves (RFC 6761): the ping's attempt fails, and the page shows why
  const url = `https://${unique('pilotboard-e2e')}.invalid/hook`;
  await signIn(page, ADMIN.username, ADMIN.password, '/console/admin/webhooks');
  await noLoadingLeft(page);
  await page.getByRole('button', { name: '登记 Webhook' }).click();
  await page.locator('#nw-url-err').waitFor();
  await page.fill('#nw-url', url);
  await page.check('[id="nw-ev-status_update.posted"]');
  await page.fill('#nw-desc', 'E2E 接收端');
  await page.getByRole('button', { name: '登记 Webhook' }).click();
  await page.locator('[data-testid="new-webhook-secret"]').waitFor();
  expect(await page.inputValue('#nw-secret'), 'the secret is shown').toMatch(/^whsec_/);
  const row = page.locator(`tr[data-webhook-url="${url}"]`);
  await row.waitFor();
  await axeCheck(page, 'admin webhooks');
  const hooks = await (await apiAs(adminToken, 'GET', 'webhooks')).json();
  const hook = hooks.find((w: { url: string }) => w.url === url);
  expect(hook, 'registered').toBeTruthy();
  expect(hook.events.join(), `registered: ${JSON.stringify(hook)}`).toBe('status_update.posted');
  expect(hook, 'the list never shows the secret').not.toHaveProperty('secret');
  const pinged = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().endsWith(`/webhooks/${hook.id}/ping`),
  );
  await row.getByRole('button', { name: /发送测试/ }).click();
  expect((await pinged).status(), 'ping queued').toBe(202);
  await expect
    .poll(
      async () => {
        const r = await apiAs(adminToken, 'GET', `webhooks/${hook.id}/deliveries`);
        return r.ok && ((await r.json()) as { items: { lastError?: string }[] }).items.some((d) => d.lastError);
      },
      { message: 'the ping attempt has failed and says why', intervals: [250] },
    )
    .toBe(true);
  await row.getByRole('button', { name: /投递记录/ }).click();
  const delivery = page.locator('[data-testid="webhook-deliveries"] tbody tr', { hasText: 'ping' });
  await delivery.waitFor();
  const text = await delivery.innerText();
  expect(text, 'the outcome is shown').toMatch(/unknown host|could not connect/);
  expect(text, 'the delivery is still pending').toContain('待投递');
  await axeCheck(page, 'admin webhook deliveries');
  await shot(page, 'console-webhooks', true);
  await row.getByRole('button', { name: /删除/ }).click();
  await row.waitFor({ state: 'detached' });
  expect(unexpected(errors, 412)).toEqual([]);
});
