// Reminders in the console (issue 16, point 2): after the daily job has run (here started by the
// admin through the API), an official sees the unread count in the header, the reminder of their
// overdue task on the 提醒 page, marks it read, and turns reminder e-mails off for themself.
// Env: BASE_URL, E2E_ADMIN_USERNAME, E2E_ADMIN_PASSWORD.
import { apiAs, newTask, unique } from './support/api';
import { expect, test } from './support/fixtures';
import { signIn } from './support/pages';

function isoDaysFromToday(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000); // China's date
  return d.toISOString().slice(0, 10);
}

test('an official sees, reads and silences the reminders of their overdue task', async ({
  page,
  adminToken,
  official,
  errors,
}) => {
  const title = `E2E 逾期任务 ${unique('rem')}`;
  await newTask(adminToken, official.region, {
    titleZh: title,
    plannedStart: isoDaysFromToday(-200),
    plannedEnd: isoDaysFromToday(-7),
  });
  const run = await apiAs(adminToken, 'POST', 'reminders/run');
  expect(run.status).toBe(200);

  await signIn(page, official.username, official.password);
  const count = page.getByTestId('reminder-count');
  await expect(count).toContainText('提醒');
  await expect(count).toContainText('1');

  await count.click();
  await expect(page).toHaveURL(/\/console\/reminders$/);
  await expect(page.getByRole('heading', { level: 1, name: '提醒' })).toBeVisible();
  const reminder = page.getByTestId('reminder').filter({ hasText: title });
  await expect(reminder).toHaveCount(1);
  await expect(reminder).toContainText('已逾期');
  await expect(reminder).toContainText(`计划完成`);
  await expect(reminder.getByRole('link', { name: title })).toHaveAttribute('href', /\/console\/tasks\/\d+\/edit$/);

  await reminder.getByRole('button', { name: '标为已读' }).click();
  await expect(reminder.getByRole('button', { name: '标为已读' })).toHaveCount(0);
  await expect(count.locator('.who__count')).toHaveCount(0);

  // No address on this account: the switch says so and cannot be used; with one it saves and stays.
  const email = page.getByTestId('email-reminders');
  await expect(email).toBeDisabled();
  await expect(page.getByText('您的账户没有电子邮件地址')).toBeVisible();
  const users = await (await apiAs(adminToken, 'GET', 'users?size=200')).json();
  const user = users.items.find((u: { username: string }) => u.username === official.username);
  const patched = await apiAs(
    adminToken,
    'PATCH',
    `users/${user.id}`,
    { email: `${official.username}@example.gov.cn` },
    { 'If-Match': `"${user.version}"` },
  );
  expect(patched.status).toBe(200);
  await page.reload();
  await expect(email).toBeEnabled();
  await expect(email).toBeChecked();
  await email.uncheck();
  await expect(page.getByRole('status')).toContainText('不接收邮件');
  await page.reload();
  await expect(page.getByTestId('email-reminders')).not.toBeChecked();
  expect(errors).toEqual([]);
});
