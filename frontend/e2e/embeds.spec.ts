// Embeds (for other sites' iframes): the region's and the milestone's card, without the site's chrome.
import { test, expect } from './support/fixtures';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { publicData, rendersApiData, type PageCheck } from './support/data';
import { goto } from './support/pages';

const embeds: PageCheck[] = [
  {
    name: 'embed-region',
    path: ({ region }) => `/embed/regions/${region.code}`,
    check: async (page, { region }) => {
      await page.locator('h1', { hasText: region.nameZh }).waitFor();
      expect(await page.locator('header, nav, footer').count(), 'embed has no site chrome').toBe(0);
    },
  },
  {
    name: 'embed-milestone',
    path: ({ milestone }) => `/embed/milestones/${milestone.code}`,
    check: async (page, { milestone }) => {
      await page.locator('h1', { hasText: milestone.titleZh }).waitFor();
      expect(await page.locator('header, nav, footer').count(), 'embed has no site chrome').toBe(0);
    },
  },
];

for (const p of embeds) {
  test(`${p.name}: renders API data, no console errors, no serious axe violations`, ({ page, errors }) =>
    rendersApiData(page, errors, p));
}

test('the embed code shown on a region page works on another site: framed from a second origin, the widget renders with its data date and link', async ({
  page,
  baseURL,
}) => {
  const { region } = await publicData();
  await goto(page, `/regions/${region.code}`);
  const code = (await page.locator('pre.embed code').textContent()) ?? '';
  expect(code, 'the region page shows an iframe embed code').toContain(`/embed/regions/${region.code}`);
  const width = Number(/width="(\d+)"/.exec(code)?.[1]);
  const height = Number(/height="(\d+)"/.exec(code)?.[1]);
  // Another site: a page on its own port (another origin) that holds exactly the embed code; /en the
  // same in English (?lang=en), whose longer names must fit too.
  const site = createServer((req, res) => {
    const embed = req.url === '/en' ? code.replace(/src="([^"]+)"/, 'src="$1?lang=en"') : code;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>Another site</title></head><body>${embed}</body></html>`);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  try {
    const port = (site.address() as AddressInfo).port;
    expect(`http://127.0.0.1:${port}`, 'a second origin').not.toBe(new URL(baseURL!).origin);
    await page.goto(`http://127.0.0.1:${port}/`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('h1'), 'the widget renders inside the other site').toHaveText(region.nameZh);
    await expect(frame.locator('[data-testid="embed-data-as-of"]'), 'the date its data are of').toContainText(
      '数据截至',
    );
    await expect(frame.locator('a[target="_blank"]'), 'a link to the full page').toHaveAttribute(
      'href',
      `/regions/${region.code}`,
    );
    // It fits the size its embed code suggests, in both languages: no scrolling inside the frame.
    for (const [path, name] of [
      ['/', region.nameZh],
      ['/en', region.nameEn],
    ]) {
      await page.goto(`http://127.0.0.1:${port}${path}`);
      await expect(frame.locator('h1')).toHaveText(name);
      await expect(frame.locator('a[target="_blank"]')).toBeVisible();
      const scroll = await frame.locator('html').evaluate((el) => ({ w: el.scrollWidth, h: el.scrollHeight }));
      expect(scroll.w, `${path}: content width within ${width}px`).toBeLessThanOrEqual(width);
      expect(scroll.h, `${path}: content height within ${height}px`).toBeLessThanOrEqual(height);
    }
  } finally {
    await new Promise((resolve) => site.close(resolve));
  }
});
