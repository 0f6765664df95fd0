import { describe, expect, it } from 'vitest';
import { burnupRows, sampleRows, toBurnupSeries } from '@/lib/burnup';

// the server's burn-up of four tasks as of 2026-03-15: completions stop after the month of asOf
const points = [
  ['2025-10-31', 0, 0, 0],
  ['2025-11-30', 0, 0, 0],
  ['2025-12-31', 0, 0, 0],
  ['2026-01-31', 1, 2, 1],
  ['2026-02-28', 2, 2, 1],
  ['2026-03-31', 3, 4, 2],
  ['2026-04-30', 3, 4, null],
  ['2026-05-31', 3, 4, null],
  ['2026-06-30', 4, 4, null],
].map(([date, plannedCurrent, plannedBaseline, completed]) => ({
  date: date as string,
  plannedCurrent: plannedCurrent as number,
  plannedBaseline: plannedBaseline as number,
  ...(completed === null ? {} : { completed: completed as number }),
}));

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
});

describe('toBurnupSeries', () => {
  const s = toBurnupSeries({ total: 4, points });
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
    const api = toBurnupSeries({
      total: 2,
      points: [
        { date: '2026-01-31', plannedCurrent: 1, completed: 0 },
        { date: '2026-02-28', plannedCurrent: 2, completed: 1 },
      ],
    });
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
