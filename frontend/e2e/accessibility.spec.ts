// Keyboard use and narrow screens. (Each page's axe check is in its own test, where the page is rendered.)
import { test, expect } from './support/fixtures';
import { ADMIN, newRegion, newTask } from './support/api';
import { publicData } from './support/data';
import { clickNav, goto, noLoadingLeft, overflow, shot, signIn } from './support/pages';

test('Tab from the top reaches the skip link, then the main navigation', async ({ page }) => {
  await goto(page, '/');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({
    cls: document.activeElement?.className,
    href: document.activeElement?.getAttribute('href'),
  }));
  expect(
    String(first.cls).includes('skip-link') && first.href === '#main',
    `first Tab stop is the skip link, got ${JSON.stringify(first)}`,
  ).toBe(true);
  await page.keyboard.press('Tab');
  const second = await page.evaluate(() => ({
    inNav: !!document.activeElement?.closest('nav[aria-label]'),
    text: document.activeElement?.textContent?.trim(),
  }));
  expect(second.inNav, `second Tab stop is a main navigation link, got ${JSON.stringify(second)}`).toBe(true);
  const navLinks = await page.locator('header nav[aria-label] a').count();
  for (let i = 1; i < navLinks; i++) {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => !!document.activeElement?.closest('nav[aria-label]')),
      `Tab stop ${i + 2} is still in the navigation`,
    ).toBe(true);
  }
  // the skip link moves focus into <main>
  await goto(page, '/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#main');
  await page.waitForFunction(() => document.activeElement?.id === 'main' || !!document.activeElement?.closest('#main'));
});

test.describe('at 375 px wide', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('pages are usable at 375 px wide (no sideways scrolling of the page)', async ({ page, errors }) => {
    const { region } = await publicData();
    for (const p of ['/', '/timeline', `/regions/${region.code}`, '/plan']) {
      await goto(page, p);
      await noLoadingLeft(page);
      expect(await overflow(page), `${p} overflows`).toBeLessThanOrEqual(1);
      if (p === '/') await shot(page, 'overview-375', true);
    }
    expect(errors).toEqual([]);
  });

  test('console pages are usable at 375 px wide', async ({ page, adminToken }) => {
    const task = await newTask(adminToken, await newRegion(adminToken));
    await goto(page, '/console/sign-in');
    expect(await overflow(page), 'sign-in overflows').toBeLessThanOrEqual(1);
    await signIn(page, ADMIN.username, ADMIN.password, `/console/tasks/${task.id}/edit`);
    await page.locator('#te-titleZh').waitFor();
    expect(await overflow(page), 'edit overflows').toBeLessThanOrEqual(1);
    await clickNav(page, '我的任务', '/console');
    await page.locator('li.ctask').first().getByRole('button', { name: '快速更新' }).click();
    expect(await overflow(page), 'my tasks overflows').toBeLessThanOrEqual(1);
    await shot(page, 'console-375', true);
  });
});

test.describe('at 390 px wide', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('overview, plan, timeline and a region with documents do not scroll sideways at 390 px', async ({
    page,
    errors,
  }) => {
    const { regions, region } = await publicData();
    const docRegion = regions.find((r) => r.localDocuments?.length) ?? region;
    for (const p of ['/', '/plan', '/timeline', `/regions/${docRegion.code}`]) {
      await goto(page, p);
      await noLoadingLeft(page);
      expect(await overflow(page), `${p} overflows at 390 px`).toBeLessThanOrEqual(1);
    }
    expect(errors).toEqual([]);
  });
});
