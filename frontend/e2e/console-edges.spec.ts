// The console's rough edges of issue 19 (point 5), in a browser: region checkboxes and no 停用 on
// one's own row, the all-regions task list, the pilot-term date warning, validation that clears.
// Each test makes what it needs through the API. Env: BASE_URL, E2E_ADMIN_USERNAME, E2E_ADMIN_PASSWORD.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const ADMIN = process.env.E2E_ADMIN_USERNAME ?? 'admin';
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? '';

interface Region {
  code: string;
  nameZh: string;
  approval?: { approvedOn?: string; termEnd?: string };
}

async function adminToken(request: APIRequestContext): Promise<string> {
  const res = await request.post('/api/v1/auth/login', { data: { username: ADMIN, password: ADMIN_PASSWORD } });
  expect(res.ok(), `admin sign-in: ${res.status()}`).toBeTruthy();
  return (await res.json()).token as string;
}

async function regions(request: APIRequestContext): Promise<Region[]> {
  return (await request.get('/api/v1/regions')).json();
}

/** A task of the region through the API, planned inside its pilot term. */
async function createTask(request: APIRequestContext, token: string, region: Region, title: string) {
  const [measure] = await (await request.get('/api/v1/measures?kind=action')).json();
  const [milestone] = await (await request.get('/api/v1/milestones')).json();
  const res = await request.post('/api/v1/tasks', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      regionCode: region.code,
      measureCode: measure.code,
      milestoneCode: milestone.code,
      titleZh: title,
      responsibleUnit: 'E2E 单位',
      plannedStart: region.approval?.approvedOn ?? '2025-10-01',
      plannedEnd: region.approval?.termEnd ?? '2026-06-30',
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: number };
}

async function signIn(page: Page, username: string, password: string, path = '/console') {
  await page.goto(path);
  await page.waitForURL(/\/console\/sign-in/);
  await page.fill('#si-user', username);
  await page.fill('#si-pass', password);
  await page.click('form button[type="submit"]');
  await page.waitForURL((u) => u.pathname === path);
  await page.getByTestId('who').waitFor();
}

test('users: regions are checkboxes named in full, and the admin cannot disable their own account', async ({
  page,
  request,
}) => {
  const [a, b] = await regions(request);
  await signIn(page, ADMIN, ADMIN_PASSWORD, '/console/admin/users');
  const own = page.locator(`li[data-username="${ADMIN}"]`);
  await expect(own.getByRole('button', { name: '修改' })).toBeVisible();
  await expect(own.getByRole('button', { name: '停用' })).toHaveCount(0);

  const username = `edges${Date.now()}`;
  await page.fill('#nu-username', username);
  await page.fill('#nu-displayName', 'E2E 多地区官员');
  await page.fill('#nu-password', 'Edges-Official-Pw-73!');
  await page.selectOption('#nu-role', 'official');
  const choose = page.getByRole('group', { name: '负责地区（可多选）' });
  await choose.getByLabel(a.nameZh, { exact: true }).check();
  await choose.getByLabel(b.nameZh, { exact: true }).check();
  await page.getByRole('button', { name: '创建用户' }).click();
  const row = page.locator(`li[data-username="${username}"]`);
  await expect(row).toContainText(a.nameZh);
  await expect(row).toContainText(b.nameZh);
  await expect(row.getByRole('button', { name: '停用' })).toBeVisible();
});

test('my tasks: the admin starts on all regions, with overdue and stale counted across them', async ({
  page,
  request,
}) => {
  const token = await adminToken(request);
  const [a, b] = await regions(request);
  const stamp = Date.now();
  await createTask(request, token, a, `E2E 全部地区 A ${stamp}`);
  await createTask(request, token, b, `E2E 全部地区 B ${stamp}`);
  await signIn(page, ADMIN, ADMIN_PASSWORD, '/console');
  await expect(page.locator('#mt-region')).toHaveValue('*');
  await expect(page.getByTestId('task-tally')).toContainText('逾期');
  await expect(page.getByText(`E2E 全部地区 A ${stamp}`)).toBeVisible();
  await expect(page.getByText(`E2E 全部地区 B ${stamp}`)).toBeVisible();
  // one region narrows the list
  await page.selectOption('#mt-region', a.code);
  await expect(page.getByText(`E2E 全部地区 B ${stamp}`)).toHaveCount(0);
  await expect(page.getByText(`E2E 全部地区 A ${stamp}`)).toBeVisible();
});

test('quick update: "completed needs evidence" goes once evidence is added', async ({ page, request }) => {
  const token = await adminToken(request);
  const [region] = await regions(request);
  const title = `E2E 证据 ${Date.now()}`;
  const task = await createTask(request, token, region, title);
  await signIn(page, ADMIN, ADMIN_PASSWORD, '/console');
  await page.selectOption('#mt-region', region.code);
  const card = page.locator(`li[data-task-id="${task.id}"]`);
  await card.getByRole('button', { name: '快速更新' }).click();
  await page.selectOption(`#qu-${task.id}-status`, 'completed');
  await card.locator('form button[type="submit"]').click();
  const err = page.locator(`#qu-${task.id}-evidence-err`);
  await expect(err).toBeVisible();
  await page.fill(`#qu-${task.id}-ev0-url`, 'https://www.gov.cn/zhengce/example.htm');
  await expect(err).toBeHidden();
});

test("task edit: dates are checked against the region's pilot term, not 2021-2025", async ({ page, request }) => {
  const all = await regions(request);
  const region = all.find((r) => r.approval?.approvedOn && r.approval?.termEnd);
  test.skip(!region, 'no region with a pilot term');
  const { approvedOn, termEnd } = region!.approval!;
  await signIn(page, ADMIN, ADMIN_PASSWORD, '/console/tasks/new');
  await page.selectOption('#te-regionCode', region!.code);
  // inside the term, even when past 2025: no warning
  await page.fill('#te-plannedStart', approvedOn!);
  await page.fill('#te-plannedEnd', termEnd!);
  await expect(page.locator('#te-confirmDates')).toHaveCount(0);
  // a day after the term: the warning names the term
  const after = new Date(Date.parse(`${termEnd}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  await page.fill('#te-plannedEnd', after);
  await expect(page.locator('#te-confirmDates')).toBeVisible();
  await expect(page.getByText(termEnd!)).toBeVisible();
});
