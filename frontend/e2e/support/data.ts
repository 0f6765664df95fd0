// What the demo data offers the public pages' checks, read from the API at the start of a test.
import type { Page } from '@playwright/test';
import { api } from './api';
import { expect } from '@playwright/test';
import { axeCheck, goto, noLoadingLeft, shot } from './pages';

/* eslint-disable @typescript-eslint/no-explicit-any -- the API's JSON, read loosely as the old runner did */
export interface PublicData {
  plan: any;
  regions: any[];
  summary: any;
  milestones: any[];
  /** A region with tasks. */
  region: any;
  /** A task with updates (not "not started"). */
  task: any;
  /** A milestone with tasks. */
  milestone: any;
  measure: any;
}

export async function publicData(): Promise<PublicData> {
  const [plan, regions, summary, tasksPage, milestones, measures] = await Promise.all([
    api('plan'),
    api('regions'),
    api('dashboard/summary'),
    api('tasks?size=50&sort=id'),
    api('milestones'),
    api('measures'),
  ]);
  expect(regions.length, 'the API has regions').toBeGreaterThan(0);
  const data = {
    plan,
    regions,
    summary,
    milestones,
    region: summary.byRegion.find((r: any) => r.counts.tasks > 0) ?? summary.byRegion[0],
    task: tasksPage.items.find((t: any) => t.status !== 'not_started') ?? tasksPage.items[0],
    milestone: summary.byMilestone.find((m: any) => m.counts.tasks > 0) ?? summary.byMilestone[0],
    measure: measures[0],
  };
  expect(data.task, 'the API has tasks').toBeTruthy();
  return data;
}

export interface PageCheck {
  name: string;
  path: (d: PublicData) => string;
  check: (page: Page, d: PublicData) => Promise<void>;
}

/** The page renders API data, without console errors or serious axe violations (screenshot <name>.png). */
export async function rendersApiData(page: Page, errors: string[], p: PageCheck) {
  const data = await publicData();
  await goto(page, p.path(data));
  await p.check(page, data);
  await noLoadingLeft(page);
  await shot(page, p.name, true);
  await axeCheck(page, p.name);
  expect(errors).toEqual([]);
}
