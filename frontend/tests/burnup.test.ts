import { describe, expect, it } from 'vitest';
import { burnupRows, computeBurnup, sampleRows, toBurnupSeries } from '@/lib/burnup';

const tasks = [
  { status: 'completed', plannedStart: '2025-10-01', baselineEnd: '2026-01-15', plannedEnd: '2026-01-15', actualEnd: '2026-01-10' },
  { status: 'completed', plannedStart: '2025-10-01', baselineEnd: '2026-01-20', plannedEnd: '2026-02-20', actualEnd: '2026-03-05' },
  { status: 'in_progress', plannedStart: '2025-11-01', baselineEnd: '2026-03-31', plannedEnd: '2026-03-31', actualEnd: null },
  { status: 'delayed', plannedStart: '2025-11-01', baselineEnd: '2026-03-31', plannedEnd: '2026-06-30', actualEnd: null },
];

describe('computeBurnup (used while the server has no /dashboard/burnup)', () => {
  const b = computeBurnup(tasks, { asOf: '2026-03-15' });
  const at = (d: string) => b.points.find((p) => p.date === d)!;
  it('runs monthly from the first start to the last planned end', () => {
    expect(b.points[0].date).toBe('2025-10-31');
    expect(b.points[b.points.length - 1].date).toBe('2026-06-30');
    expect(b.total).toBe(4);
  });
  it('accumulates current-plan ends, baseline ends and completions', () => {
    expect(at('2025-12-31')).toEqual({ date: '2025-12-31', plannedCurrent: 0, plannedBaseline: 0, completed: 0 });
    expect(at('2026-01-31')).toEqual({ date: '2026-01-31', plannedCurrent: 1, plannedBaseline: 2, completed: 1 });
    expect(at('2026-02-28')).toMatchObject({ plannedCurrent: 2, completed: 1 });
    expect(at('2026-03-31')).toEqual({ date: '2026-03-31', plannedCurrent: 3, plannedBaseline: 4, completed: 2 });
    expect(at('2026-06-30').plannedCurrent).toBe(4);
  });
  it('leaves completions out after the month of asOf, like the server', () => {
    expect(at('2026-04-30').completed).toBeNull();
    const early = computeBurnup(tasks, { asOf: '2026-02-01' });
    expect(early.points.find((p) => p.date === '2026-02-28')!.completed).toBe(1);
    expect(early.points.find((p) => p.date === '2026-03-31')!.completed).toBeNull();
  });
  it('gives no points without tasks', () => {
    expect(computeBurnup([], { asOf: '2026-01-01' })).toEqual({ points: [], total: 0 });
  });
});

describe('burnupRows', () => {
  it('reads the server shape (plannedCurrent, plannedBaseline, completed absent for days to come)', () => {
    const rows = burnupRows({
      total: 3,
      points: [
        { date: '2026-02-28', plannedBaseline: 2, plannedCurrent: 1 },
        { date: '2026-01-31', plannedBaseline: 1, plannedCurrent: 1, completed: 1 },
      ],
    });
    expect(rows).toEqual([
      { date: '2026-01-31', planned: 1, baseline: 1, completed: 1 },
      { date: '2026-02-28', planned: 1, baseline: 2, completed: null },
    ]);
  });
  it('also reads the brief\'s shape (planned, completed)', () => {
    expect(burnupRows({ total: 1, points: [{ date: '2026-01-31', planned: 1, completed: 0 }] })).toEqual([{ date: '2026-01-31', planned: 1, baseline: null, completed: 0 }]);
    expect(burnupRows(null)).toEqual([]);
  });
});

describe('toBurnupSeries', () => {
  const s = toBurnupSeries(computeBurnup(tasks, { asOf: '2026-03-15' }));
  it('draws planned and baseline over the whole range and completed up to the current month', () => {
    expect(s.planned.length).toBe(9);
    expect(s.baseline.length).toBe(9);
    expect(s.completed[s.completed.length - 1]).toEqual(['2026-03-31', 2]);
    expect(s.completed.length).toBe(6);
  });
  it('reports the latest known point and the gap to plan', () => {
    expect(s.latest).toEqual({ date: '2026-03-31', planned: 3, baseline: 4, completed: 2 });
    expect(s.gap).toBe(1);
  });
  it('has no baseline series when the source has none, and tolerates null', () => {
    const api = toBurnupSeries({ total: 2, points: [{ date: '2026-01-31', planned: 1, completed: 0 }, { date: '2026-02-28', planned: 2, completed: 1 }] });
    expect(api.baseline).toEqual([]);
    expect(api.gap).toBe(1);
    expect(toBurnupSeries(null)).toMatchObject({ rows: [], latest: null, total: 0, gap: 0 });
  });
});

describe('sampleRows', () => {
  it('keeps at most about n rows and always the last', () => {
    const rows = Array.from({ length: 50 }, (_, i) => i);
    const out = sampleRows(rows, 10);
    expect(out.length).toBeLessThanOrEqual(11);
    expect(out[0]).toBe(0);
    expect(out[out.length - 1]).toBe(49);
    expect(sampleRows([1, 2], 10)).toEqual([1, 2]);
  });
});
