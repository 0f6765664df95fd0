// Embeds (for other sites' iframes): the region's and the milestone's card, without the site's chrome.
import { test, expect } from './support/fixtures';
import { rendersApiData, type PageCheck } from './support/data';

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
