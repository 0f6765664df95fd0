import { describe, expect, it } from 'vitest';
import {
  buildMatrix,
  cellState,
  countTasks,
  matrixFromCounts,
  stateTally,
  sumCounts,
  type CellInput,
} from '@/lib/matrix';
import type { Counts } from '@/api/types';

const task = (
  id: number,
  regionCode: string,
  factorCode: string,
  status: CellInput['status'],
  progress: number,
  overdue = false,
): CellInput => ({
  id,
  regionCode,
  factorCode,
  status,
  progress,
  overdue,
  stale: false,
});

describe('countTasks', () => {
  it('counts by status and averages progress to one decimal', () => {
    const c = countTasks([
      task(1, 'a', 'land', 'completed', 100),
      task(2, 'a', 'land', 'in_progress', 33),
      task(3, 'a', 'land', 'delayed', 20, true),
    ]);
    expect(c.tasks).toBe(3);
    expect(c.progress).toBe(51);
    expect(c.byStatus).toMatchObject({ completed: 1, in_progress: 1, delayed: 1, suspended: 0, not_started: 0 });
    expect(c.overdue).toBe(1);
    expect(countTasks([]).progress).toBe(0);
  });
});

describe('cellState', () => {
  const c = (list: CellInput[]) => cellState(countTasks(list));
  it('orders states: none, completed, at risk, suspended, in progress, not started', () => {
    expect(c([])).toBe('none');
    expect(c([task(1, 'a', 'f', 'completed', 100)])).toBe('completed');
    expect(c([task(1, 'a', 'f', 'completed', 100), task(2, 'a', 'f', 'delayed', 10)])).toBe('at_risk');
    expect(c([task(1, 'a', 'f', 'in_progress', 10, true)])).toBe('at_risk');
    expect(c([task(1, 'a', 'f', 'suspended', 10), task(2, 'a', 'f', 'in_progress', 10)])).toBe('suspended');
    expect(c([task(1, 'a', 'f', 'completed', 100), task(2, 'a', 'f', 'not_started', 0)])).toBe('in_progress');
    expect(c([task(1, 'a', 'f', 'not_started', 0)])).toBe('not_started');
  });
});

describe('buildMatrix', () => {
  const regions = [{ code: 'hefei' }, { code: 'chengdu' }];
  const factors = ['general', 'land', 'labour', 'capital'];
  const tasks = [
    task(1, 'hefei', 'land', 'completed', 100),
    task(2, 'hefei', 'land', 'in_progress', 50),
    task(3, 'chengdu', 'labour', 'delayed', 20, true),
    task(4, 'nowhere', 'land', 'completed', 100),
    task(5, 'hefei', 'mystery', 'completed', 100),
  ];
  const rows = buildMatrix(regions, factors, tasks);

  it('has every region against every factor, in order', () => {
    expect(rows.map((r) => r.region.code)).toEqual(['hefei', 'chengdu']);
    for (const r of rows) expect(r.cells.map((c) => c.factorCode)).toEqual(factors);
  });
  it('fills cells from the tasks', () => {
    const land = rows[0].cells[1];
    expect(land.counts.tasks).toBe(2);
    expect(land.counts.progress).toBe(75);
    expect(land.state).toBe('in_progress');
    expect(land.taskIds).toEqual([1, 2]);
    expect(rows[1].cells[2].state).toBe('at_risk');
    expect(rows[1].cells[2].counts.overdue).toBe(1);
    expect(rows[0].cells[3].state).toBe('none');
  });
  it('totals a row over the known factors only', () => {
    expect(rows[0].total.tasks).toBe(2);
    expect(rows[1].total.tasks).toBe(1);
  });
  it('tallies cell states for the legend', () => {
    const tally = stateTally(rows);
    expect(tally.none).toBe(6);
    expect(tally.in_progress).toBe(1);
    expect(tally.at_risk).toBe(1);
    expect(Object.values(tally).reduce((a, b) => a + b, 0)).toBe(8);
  });
});

describe('matrixFromCounts', () => {
  const counts = (tasks: number, progress: number, byStatus: Record<string, number>, overdue = 0): Counts => ({
    tasks,
    progress,
    byStatus,
    overdue,
    stale: 0,
  });
  const regions = [
    { code: 'hefei', counts: counts(3, 50, { completed: 1, in_progress: 1, delayed: 1 }, 1) },
    { code: 'chengdu' },
  ];
  const factors = ['land', 'labour'];
  const cells = [
    { regionCode: 'hefei', factorCode: 'land', counts: counts(2, 75, { completed: 1, in_progress: 1 }) },
    { regionCode: 'hefei', factorCode: 'labour', counts: counts(1, 0, { delayed: 1 }, 1) },
    { regionCode: 'chengdu', factorCode: 'land', counts: counts(2, 10, { not_started: 2 }) },
    { regionCode: 'nowhere', factorCode: 'land', counts: counts(9, 9, { completed: 9 }) },
  ];
  const rows = matrixFromCounts(regions, factors, cells);

  it('places the API counts in their cells and leaves the others empty', () => {
    expect(rows.map((r) => r.cells.map((c) => c.state))).toEqual([
      ['in_progress', 'at_risk'],
      ['not_started', 'none'],
    ]);
    expect(rows[0].cells[0].counts.progress).toBe(75);
    expect(rows[1].cells[1].counts.tasks).toBe(0);
  });
  it('totals a row with the region counts, or by adding its cells', () => {
    expect(rows[0].total).toBe(regions[0].counts);
    expect(rows[1].total.tasks).toBe(2);
    expect(sumCounts([counts(2, 75, { completed: 1 }), counts(1, 0, { completed: 1 }, 1)])).toEqual(
      counts(3, 50, { completed: 2, in_progress: 0, delayed: 0, not_started: 0, suspended: 0 }, 1),
    );
  });
});
