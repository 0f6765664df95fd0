// Freshness on the page (issue 16, point 4): a task page and its region's page say when the data
// were last updated or confirmed ("今天更新" / "updated today"), with the exact time in the tooltip.
// Env: BASE_URL, E2E_ADMIN_USERNAME, E2E_ADMIN_PASSWORD.
import { apiAs, newRegion, newTask } from './support/api';
import { expect, test } from './support/fixtures';
import { goto } from './support/pages';

test('a task and its region say how long ago they were last updated', async ({ page, adminToken, errors }) => {
  const region = await newRegion(adminToken);
  const task = await newTask(adminToken, region);
  const posted = await apiAs(adminToken, 'POST', `tasks/${task.id}/updates`, {
    status: 'in_progress',
    progress: 10,
    comment: 'E2E 更新',
  });
  expect(posted.status).toBe(201);

  await goto(page, `/tasks/${task.id}`);
  await expect(page.getByTestId('freshness')).toHaveText('今天更新');
  await expect(page.getByTestId('freshness')).toHaveAttribute('title', /2\d{3}年/);

  await goto(page, `/regions/${region}`);
  await expect(page.getByTestId('freshness')).toHaveText('今天更新');

  await goto(page, `/regions/${region}?lang=en`);
  await expect(page.getByTestId('freshness')).toHaveText('updated today');
  expect(errors).toEqual([]);
});
