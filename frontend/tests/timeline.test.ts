import { describe, expect, it } from 'vitest';
import {
  axisTicks,
  barBox,
  buildGanttRows,
  estimateRowHeight,
  groupSummaries,
  panWindow,
  pctOf,
  quarterStarts,
  rowOffsets,
  rowWindow,
  taskBars,
  tickUnit,
  timeRange,
  visibleRows,
  zoomWindow,
} from '@/lib/timeline';
import { toUtcMs } from '@/lib/dates';
import type { TimelineTask } from '@/api/types';

const base: TimelineTask = {
  id: 1,
  regionCode: 'hefei',
  factorCode: 'land',
  measureCode: '5.2',
  milestoneCode: '2025',
  titleZh: '任务一',
  titleEn: 'Task one',
  status: 'in_progress',
  progress: 50,
  baselineStart: '2025-10-01',
  baselineEnd: '2026-03-31',
  plannedStart: '2025-10-01',
  plannedEnd: '2026-09-30',
  actualStart: '2025-10-15',
  actualEnd: undefined,
};

describe('taskBars', () => {
  it('gives baseline, planned and an open actual bar up to asOf', () => {
    const b = taskBars(base, '2026-01-31');
    expect(b.baseline).toEqual({ start: '2025-10-01', end: '2026-03-31' });
    expect(b.planned).toEqual({ start: '2025-10-01', end: '2026-09-30' });
    expect(b.actual).toEqual({ start: '2025-10-15', end: '2026-01-31', open: true });
  });
  it('fills the planned bar by progress', () => {
    // 364 days × 50 % = 182 days after the start
    expect(taskBars(base, '2026-01-31').progressUntil).toBe('2026-04-01');
    expect(taskBars({ ...base, progress: 0 }, '2026-01-31').progressUntil).toBeNull();
  });
  it('closes the actual bar at actualEnd and omits missing bars', () => {
    const done = taskBars({ ...base, status: 'completed', progress: 100, actualEnd: '2026-02-01' }, '2026-05-01');
    expect(done.actual).toEqual({ start: '2025-10-15', end: '2026-02-01', open: false });
    const none = taskBars({ ...base, baselineStart: undefined, actualStart: undefined }, '2026-05-01');
    expect(none.baseline).toBeNull();
    expect(none.actual).toBeNull();
  });
  it('does not draw an actual bar that starts after asOf', () => {
    expect(taskBars(base, '2025-10-01').actual).toBeNull();
  });
});

describe('buildGanttRows', () => {
  const tasks: TimelineTask[] = [
    { ...base, id: 3, regionCode: 'chengdu', plannedStart: '2025-12-01' },
    { ...base, id: 2, regionCode: 'hefei', plannedStart: '2025-11-01' },
    { ...base, id: 1, regionCode: 'hefei', plannedStart: '2025-10-01', factorCode: 'labour' },
    { ...base, id: 4, regionCode: 'zzz', plannedStart: '2025-10-01' },
  ];
  const opts = {
    groupOrder: ['hefei', 'chengdu'],
    groupLabel: (c: string) => c.toUpperCase(),
    taskLabel: (t: TimelineTask) => `#${t.id}`,
    asOf: '2026-01-31',
  };
  it('groups by region in the given order, unknown groups last, tasks by planned start', () => {
    const rows = buildGanttRows(tasks, { ...opts, groupBy: 'region' });
    expect(rows.map((r) => (r.kind === 'group' ? r.label : r.label))).toEqual([
      'HEFEI',
      '#1',
      '#2',
      'CHENGDU',
      '#3',
      'ZZZ',
      '#4',
    ]);
    const g = rows[0];
    expect(g.kind === 'group' && g.count).toBe(2);
  });
  it('groups by factor', () => {
    const rows = buildGanttRows(tasks, { ...opts, groupBy: 'factor', groupOrder: ['land', 'labour'] });
    expect(rows.filter((r) => r.kind === 'group').map((r) => r.groupKey)).toEqual(['land', 'labour']);
  });
  it('sums up a group: its span of plans, its tasks by status, its overdue tasks', () => {
    const rows = buildGanttRows(
      [...tasks, { ...base, id: 5, regionCode: 'hefei', status: 'delayed', overdue: true, plannedEnd: '2027-01-31' }],
      { ...opts, groupBy: 'region' },
    );
    const hefei = groupSummaries(rows).get('hefei')!;
    expect(hefei.byStatus).toEqual({ in_progress: 2, delayed: 1 });
    expect(hefei.overdue).toBe(1);
    expect(hefei.planned).toEqual({ start: '2025-10-01', end: '2027-01-31' });
  });
  it('hides the tasks of folded groups, never the group rows', () => {
    const rows = buildGanttRows(tasks, { ...opts, groupBy: 'region' });
    expect(visibleRows(rows, new Set()).length).toBe(rows.length);
    expect(visibleRows(rows, new Set(['hefei'])).map((r) => r.key)).toEqual([
      'g:hefei',
      'g:chengdu',
      't:3',
      'g:zzz',
      't:4',
    ]);
  });
});

describe('bars in a window', () => {
  const w = { start: '2025-01-01', end: '2025-12-31' };
  it('places a date by its share of the window', () => {
    expect(pctOf('2025-01-01', w)).toBe(0);
    expect(pctOf('2025-12-31', w)).toBe(100);
    expect(pctOf('2024-12-31', w)).toBeLessThan(0);
  });
  it('gives a bar its left and width, covering its last day, clipped to the window', () => {
    const b = barBox({ start: '2025-07-02', end: '2025-12-31' }, w)!;
    expect(b.left).toBeCloseTo((182 / 364) * 100, 6);
    expect(b.left + b.width).toBe(100);
    const clipped = barBox({ start: '2024-06-01', end: '2025-01-01' }, w)!;
    expect(clipped.left).toBe(0);
    expect(clipped.width).toBeCloseTo((1 / 364) * 100, 6);
    expect(barBox({ start: '2026-01-02', end: '2026-02-01' }, w)).toBeNull();
    expect(barBox(null, w)).toBeNull();
  });
});

describe('axis ticks follow the zoom', () => {
  const all = { start: '2020-12-01', end: '2027-05-01' };
  it('shows years over the whole period, never a quarter of the year before', () => {
    for (const locale of ['zh-CN', 'en']) {
      const { unit, ticks } = axisTicks(all, locale);
      expect(unit).toBe('year');
      expect(ticks.map((t) => t.date)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027].map((y) => `${y}-01-01`));
      expect(ticks.every((t) => t.major)).toBe(true);
    }
    expect(axisTicks(all, 'zh-CN').ticks.map((t) => t.label)[0]).toBe('2021年');
    expect(axisTicks(all, 'en').ticks.map((t) => t.label)[0]).toBe('2021');
    expect(axisTicks(all, 'en').ticks.some((t) => /Q|2020/.test(t.label))).toBe(false);
    expect(axisTicks(all, 'zh-CN').ticks.some((t) => /季度|2020/.test(t.label))).toBe(false);
  });
  it('shows quarters over a year, the year written at its first quarter and on the first tick', () => {
    const year = zoomWindow(all, 'year', '2025-11-30');
    expect(tickUnit(year)).toBe('quarter');
    const zh = axisTicks(year, 'zh-CN').ticks;
    const en = axisTicks(year, 'en').ticks;
    expect(zh.map((t) => t.date)).toEqual(['2025-07-01', '2025-10-01', '2026-01-01', '2026-04-01']);
    expect(zh.map((t) => t.label)).toEqual(['2025年三季度', '四季度', '2026年一季度', '二季度']);
    expect(en.map((t) => t.label)).toEqual(['Q3 2025', 'Q4', 'Q1 2026', 'Q2']);
    expect(zh.map((t) => t.major)).toEqual([false, false, true, false]);
  });
  it('shows months over a quarter', () => {
    const q = zoomWindow(all, 'quarter', '2025-12-15');
    expect(q).toEqual({ start: '2025-10-30', end: '2026-01-30' });
    expect(axisTicks(q, 'zh-CN').ticks.map((t) => t.label)).toEqual(['2025年11月', '12月', '2026年1月']);
    expect(axisTicks(q, 'en').ticks.map((t) => t.label)).toEqual(['Nov 2025', 'Dec', 'Jan 2026']);
  });
  it('switches unit at about two and a half years and at about seven months', () => {
    expect(tickUnit({ start: '2021-01-01', end: '2023-07-01' })).toBe('year');
    expect(tickUnit({ start: '2021-01-01', end: '2023-05-01' })).toBe('quarter');
    expect(tickUnit({ start: '2021-01-01', end: '2021-08-15' })).toBe('quarter');
    expect(tickUnit({ start: '2021-01-01', end: '2021-07-15' })).toBe('month');
  });
  it('places each tick at its share of the window', () => {
    const ticks = axisTicks({ start: '2025-01-01', end: '2025-12-31' }, 'en').ticks;
    for (const t of ticks) expect(t.pct).toBeCloseTo(pctOf(t.date, { start: '2025-01-01', end: '2025-12-31' }), 9);
    expect(ticks[0].pct).toBe(0);
  });
  it('pans a window by a share of its length, inside the range', () => {
    const range = { start: '2021-01-01', end: '2026-12-31' };
    expect(panWindow({ start: '2025-01-01', end: '2025-04-02' }, range, 0.5)).toEqual({
      start: '2025-02-16',
      end: '2025-05-18',
    });
    expect(panWindow({ start: '2021-02-01', end: '2021-05-04' }, range, -0.5)).toEqual({
      start: '2021-01-01',
      end: '2021-04-03',
    });
    expect(panWindow({ start: '2026-09-01', end: '2026-12-01' }, range, 1).end).toBe('2026-12-31');
  });
});

describe('rows in view', () => {
  it('sums heights into offsets', () => {
    expect([...rowOffsets([10, 20, 30])]).toEqual([0, 10, 30, 60]);
  });
  it('renders the rows in view and a few around them', () => {
    const offsets = rowOffsets(new Array(12000).fill(40));
    expect(rowWindow(offsets, 0, 400, 5)).toEqual({ from: 0, to: 15 });
    expect(rowWindow(offsets, 40 * 6000 + 20, 400, 5)).toEqual({ from: 5995, to: 6016 });
    expect(rowWindow(offsets, 40 * 12000, 400, 5)).toEqual({ from: 11994, to: 12000 });
    expect(rowWindow(rowOffsets([]), 0, 400)).toEqual({ from: 0, to: 0 });
  });
  it('guesses taller rows for longer titles and narrower columns', () => {
    const title = '建立健全城乡统一的建设用地市场，探索农村集体经营性建设用地入市';
    expect(estimateRowHeight(title, 200)).toBeGreaterThan(estimateRowHeight(title, 600));
    expect(estimateRowHeight('Short', 400)).toBeLessThan(estimateRowHeight(title, 400));
  });
});

describe('ranges and zoom', () => {
  it('widens the plan period to every task date and today, padded', () => {
    const r = timeRange('2021-01-01', '2025-12-31', [{ ...base, plannedEnd: '2027-03-31' }], '2026-11-22');
    expect(r).toEqual({ start: '2020-12-01', end: '2027-05-01' });
  });
  it('zooms to a year or a quarter around a date, kept inside the range', () => {
    const range = { start: '2021-01-01', end: '2026-12-31' };
    expect(zoomWindow(range, 'all', '2025-06-01')).toEqual(range);
    const q = zoomWindow(range, 'quarter', '2025-06-01');
    expect((toUtcMs(q.end) - toUtcMs(q.start)) / 86400000).toBe(92);
    const y = zoomWindow(range, 'year', '2026-12-01');
    expect(y.end).toBe('2026-12-31');
    expect((toUtcMs(y.end) - toUtcMs(y.start)) / 86400000).toBe(366);
  });
  it('lists quarter starts', () => {
    expect(quarterStarts({ start: '2025-02-10', end: '2025-12-31' })).toEqual([
      '2025-04-01',
      '2025-07-01',
      '2025-10-01',
    ]);
  });
});
