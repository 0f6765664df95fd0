import { describe, expect, it } from 'vitest';
import { buildGanttRows, ganttData, GD, quarterStarts, taskBars, timeRange, zoomWindow } from '@/lib/timeline';
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
  it('maps rows to chart data with group bands over the range', () => {
    const rows = buildGanttRows(tasks, { ...opts, groupBy: 'region' });
    const range = { start: '2025-01-01', end: '2026-12-31' };
    const data = ganttData(rows, range);
    expect(data).toHaveLength(rows.length);
    expect(data[0].kind).toBe('group');
    expect(data[0].value[GD.baseStart]).toBe(toUtcMs('2025-01-01'));
    expect(data[1]).toMatchObject({ kind: 'task', taskId: 1, status: 'in_progress', actualOpen: true });
    expect(data[1].value[GD.row]).toBe(1);
    expect(data[1].value[GD.planEnd]).toBe(toUtcMs('2026-09-30'));
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
