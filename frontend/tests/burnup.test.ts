import { describe, expect, it } from 'vitest';
import { computeBurnup, sampleRows, toBurnupSeries } from '@/lib/burnup';

const tasks = [
  { status: 'completed', plannedStart: '2025-10-01', plannedEnd: '2026-01-15', actualEnd: '2026-01-10' },
  { status: 'completed', plannedStart: '2025-10-01', plannedEnd: '2026-02-20', actualEnd: '2026-03-05' },
  { status: 'in_progress', plannedStart: '2025-11-01', plannedEnd: '2026-03-31', actualEnd: null },
  { status: 'delayed', plannedStart: '2025-11-01', plannedEnd: '2026-06-30', actualEnd: null },
];

describe('computeBurnup', () => {
  const b = computeBurnup(tasks, { asOf: '2026-03-15' });
  it('runs monthly from the first start to the last planned end', () => {
    expect(b.points[0].date).toBe('2025-10-31');
    expect(b.points[b.points.length - 1].date).toBe('2026-06-30');
    expect(b.total).toBe(4);
  });
  it('accumulates planned ends and actual completions', () => {
    const at = (d: string) => b.points.find((p) => p.date === d)!;
    expect(at('2025-12-31')).toEqual({ date: '2025-12-31', planned: 0, completed: 0 });
    expect(at('2026-01-31')).toEqual({ date: '2026-01-31', planned: 1, completed: 1 });
    expect(at('2026-02-28')).toEqual({ date: '2026-02-28', planned: 2, completed: 1 });
    expect(at('2026-03-31')).toEqual({ date: '2026-03-31', planned: 3, completed: 2 });
    expect(at('2026-06-30').planned).toBe(4);
  });
  it('ignores completions after asOf', () => {
    const early = computeBurnup(tasks, { asOf: '2026-02-01' });
    expect(early.points[early.points.length - 1].completed).toBe(1);
  });
  it('gives no points without tasks', () => {
    expect(computeBurnup([], { asOf: '2026-01-01' })).toEqual({ points: [], total: 0 });
  });
});

describe('toBurnupSeries', () => {
  const b = computeBurnup(tasks, { asOf: '2026-03-15' });
  const s = toBurnupSeries(b, '2026-03-15');
  it('draws planned over the whole range and completed up to the current month', () => {
    expect(s.planned.length).toBe(b.points.length);
    expect(s.completed[s.completed.length - 1]).toEqual(['2026-03-31', 2]);
    expect(s.completed.length).toBe(6);
  });
  it('reports the latest point and the gap to plan', () => {
    expect(s.latest).toEqual({ date: '2026-03-31', planned: 3, completed: 2 });
    expect(s.gap).toBe(1);
  });
  it('accepts the API shape unsorted and tolerates null', () => {
    const api = toBurnupSeries({ total: 2, points: [{ date: '2026-02-28', planned: 2, completed: 1 }, { date: '2026-01-31', planned: 1, completed: 0 }] }, '2026-12-31');
    expect(api.dates).toEqual(['2026-01-31', '2026-02-28']);
    expect(api.gap).toBe(1);
    expect(toBurnupSeries(null, '2026-01-01')).toMatchObject({ dates: [], latest: null, total: 0 });
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
