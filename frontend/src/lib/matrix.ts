import type { Counts, RegionFactorProgress, TaskStatus, TimelineTask } from '@/api/types';
import { TASK_STATUSES } from '@/api/types';

/**
 * The state a region × factor cell is coloured by:
 * none (no tasks), completed (all done), at_risk (any delayed or overdue),
 * suspended (any suspended), in_progress (work under way), not_started.
 */
export type CellState = 'none' | 'completed' | 'at_risk' | 'suspended' | 'in_progress' | 'not_started';
export const CELL_STATES: CellState[] = ['completed', 'in_progress', 'at_risk', 'suspended', 'not_started', 'none'];

export const CELL_STYLES: Record<CellState, { bg: string; text: string; border: string; glyph: string }> = {
  completed: { bg: '#dcfce7', text: '#14532d', border: '#15803d', glyph: '●' },
  in_progress: { bg: '#dbeafe', text: '#1e3a8a', border: '#2563eb', glyph: '◐' },
  at_risk: { bg: '#ffedd5', text: '#7c2d12', border: '#c2410c', glyph: '▲' },
  suspended: { bg: '#ede9fe', text: '#4c1d95', border: '#7c3aed', glyph: '‖' },
  not_started: { bg: '#f1f5f9', text: '#334155', border: '#64748b', glyph: '○' },
  none: { bg: '#ffffff', text: '#475569', border: '#cbd5e1', glyph: '' },
};

export interface MatrixCell {
  regionCode: string;
  factorCode: string;
  counts: Counts;
  state: CellState;
  /** ids of the tasks in the cell (when built from tasks) */
  taskIds?: number[];
}

export interface MatrixRow<R> {
  region: R;
  cells: MatrixCell[];
  total: Counts;
}

export interface CellInput {
  regionCode: string;
  factorCode: string;
  status: TaskStatus;
  progress: number;
  overdue?: boolean;
  stale?: boolean;
  id: number;
}

function zero(): Counts {
  return {
    tasks: 0,
    progress: 0,
    byStatus: Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])),
    overdue: 0,
    stale: 0,
  };
}

/** Folds tasks into Counts (average progress with one decimal, like the API). */
export function countTasks(tasks: CellInput[]): Counts {
  const c = zero();
  let sum = 0;
  for (const t of tasks) {
    c.tasks += 1;
    sum += t.progress ?? 0;
    c.byStatus[t.status] = (c.byStatus[t.status] ?? 0) + 1;
    if (t.overdue) c.overdue += 1;
    if (t.stale) c.stale += 1;
  }
  c.progress = c.tasks ? Math.round((sum / c.tasks) * 10) / 10 : 0;
  return c;
}

export function cellState(c: Counts): CellState {
  const n = (s: TaskStatus) => c.byStatus[s] ?? 0;
  if (!c.tasks) return 'none';
  if (n('completed') === c.tasks) return 'completed';
  if (n('delayed') > 0 || c.overdue > 0) return 'at_risk';
  if (n('suspended') > 0) return 'suspended';
  if (n('in_progress') > 0 || n('completed') > 0) return 'in_progress';
  return 'not_started';
}

/**
 * Every region against every factor. Regions and factors keep the given order; a task whose
 * region or factor is unknown is left out.
 */
export function buildMatrix<R extends { code: string }>(
  regions: R[],
  factorCodes: string[],
  tasks: (CellInput | TimelineTask)[],
): MatrixRow<R>[] {
  const byKey = new Map<string, CellInput[]>();
  for (const t of tasks) {
    const k = `${t.regionCode}\u0000${t.factorCode}`;
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    list.push(t as CellInput);
  }
  return regions.map((region) => {
    const cells = factorCodes.map((factorCode) => {
      const list = byKey.get(`${region.code}\u0000${factorCode}`) ?? [];
      const counts = countTasks(list);
      return { regionCode: region.code, factorCode, counts, state: cellState(counts), taskIds: list.map((t) => t.id) };
    });
    const all = factorCodes.flatMap((f) => byKey.get(`${region.code}\u0000${f}`) ?? []);
    return { region, cells, total: countTasks(all) };
  });
}

/** How many cells of each state, for the legend. */
export function stateTally(rows: MatrixRow<unknown & { code: string }>[]): Record<CellState, number> {
  const out = Object.fromEntries(CELL_STATES.map((s) => [s, 0])) as Record<CellState, number>;
  for (const r of rows) for (const c of r.cells) out[c.state] += 1;
  return out;
}

/** Adds up Counts (average progress weighted by tasks, one decimal, like the API). */
export function sumCounts(list: Counts[]): Counts {
  const c = zero();
  let sum = 0;
  for (const x of list) {
    c.tasks += x.tasks;
    sum += x.progress * x.tasks;
    for (const [s, n] of Object.entries(x.byStatus))
      c.byStatus[s as TaskStatus] = (c.byStatus[s as TaskStatus] ?? 0) + (n ?? 0);
    c.overdue += x.overdue;
    c.stale += x.stale;
  }
  c.progress = c.tasks ? Math.round((sum / c.tasks) * 10) / 10 : 0;
  return c;
}

/**
 * Every region against every factor from the counts the API sends (summary.byRegionFactor), so the
 * browser need not fetch every task. A row's total is the region's own counts when it has them.
 */
export function matrixFromCounts<R extends { code: string; counts?: Counts }>(
  regions: R[],
  factorCodes: string[],
  cells: RegionFactorProgress[],
): MatrixRow<R>[] {
  const byKey = new Map<string, Counts>();
  for (const c of cells) byKey.set(`${c.regionCode}\u0000${c.factorCode}`, c.counts);
  return regions.map((region) => {
    const counts = factorCodes.map((factorCode) => byKey.get(`${region.code}\u0000${factorCode}`) ?? zero());
    const cellsOfRow = factorCodes.map((factorCode, i) => ({
      regionCode: region.code,
      factorCode,
      counts: counts[i],
      state: cellState(counts[i]),
    }));
    return { region, cells: cellsOfRow, total: region.counts ?? sumCounts(counts) };
  });
}
