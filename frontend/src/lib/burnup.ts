import type { Burnup, BurnupPoint } from '@/api/types';
import { isIsoDate, maxDate, minDate, monthEnds } from './dates';

export interface BurnupTaskInput {
  plannedEnd?: string | null;
  baselineEnd?: string | null;
  actualEnd?: string | null;
  status: string;
  plannedStart?: string | null;
}

/**
 * Month-end cumulative counts: tasks planned to be complete by that date (current planned end)
 * and tasks actually completed by then. Completed points stop at asOf (the future is unknown);
 * planned points run to the last planned end. Used while /dashboard/burnup is not available.
 */
export function computeBurnup(
  tasks: BurnupTaskInput[],
  opts: { asOf: string; start?: string | null; end?: string | null },
): Burnup {
  const planned = tasks.map((t) => t.plannedEnd).filter(isIsoDate).sort();
  const baseline = tasks.map((t) => t.baselineEnd).filter(isIsoDate).sort();
  const done = tasks
    .filter((t) => t.status === 'completed' && isIsoDate(t.actualEnd))
    .map((t) => t.actualEnd as string)
    .filter((d) => d <= opts.asOf)
    .sort();
  const first = opts.start ?? minDate(...tasks.map((t) => t.plannedStart), planned[0], done[0]);
  const last = opts.end ?? maxDate(planned[planned.length - 1], baseline[baseline.length - 1], opts.asOf);
  if (!first || !last || tasks.length === 0) return { points: [], total: tasks.length };
  const points: BurnupPoint[] = [];
  let pi = 0;
  let bi = 0;
  let di = 0;
  let pastAsOf = false;
  for (const d of monthEnds(first, last)) {
    while (pi < planned.length && planned[pi] <= d) pi++;
    while (bi < baseline.length && baseline[bi] <= d) bi++;
    while (di < done.length && done[di] <= d) di++;
    // completions are known up to asOf: the month that contains it counts, later ones do not
    points.push({ date: d, plannedCurrent: pi, plannedBaseline: bi, completed: pastAsOf ? null : di });
    if (d >= opts.asOf) pastAsOf = true;
  }
  return { points, total: tasks.length };
}

/** A point with the names settled: planned (current plan), baseline (original plan), completed. */
export interface BurnupRow {
  date: string;
  planned: number;
  baseline: number | null;
  completed: number | null;
}

/** Sorted rows from the API's or the computed burn-up (accepts planned or plannedCurrent). */
export function burnupRows(b: Burnup | null | undefined): BurnupRow[] {
  return [...(b?.points ?? [])]
    .filter((p) => isIsoDate(p.date))
    .sort((x, y) => (x.date < y.date ? -1 : 1))
    .map((p) => ({
      date: p.date,
      planned: Number(p.plannedCurrent ?? p.planned ?? 0),
      baseline: p.plannedBaseline === undefined || p.plannedBaseline === null ? null : Number(p.plannedBaseline),
      completed: p.completed === undefined || p.completed === null ? null : Number(p.completed),
    }));
}

export interface BurnupSeries {
  rows: BurnupRow[];
  planned: [string, number][];
  /** Original plan, when the source gives it. */
  baseline: [string, number][];
  /** Only the points with a known completion count (none after asOf). */
  completed: [string, number][];
  total: number;
  /** Latest point with a completion count, for the summary sentence. */
  latest: BurnupRow | null;
  /** Planned-minus-completed at the latest point (positive: behind plan). */
  gap: number;
}

/** Chart-ready series. */
export function toBurnupSeries(b: Burnup | null | undefined): BurnupSeries {
  const rows = burnupRows(b);
  const withDone = rows.filter((r) => r.completed !== null);
  const latest = withDone[withDone.length - 1] ?? null;
  return {
    rows,
    planned: rows.map((r) => [r.date, r.planned]),
    baseline: rows.some((r) => r.baseline !== null) ? rows.map((r) => [r.date, r.baseline ?? 0]) : [],
    completed: withDone.map((r) => [r.date, r.completed as number]),
    total: b?.total ?? 0,
    latest,
    gap: latest ? latest.planned - (latest.completed ?? 0) : 0,
  };
}

/** Every nth point for a compact table (always keeps the last). */
export function sampleRows<T>(rows: T[], maxRows: number): T[] {
  if (rows.length <= maxRows) return rows;
  const step = Math.ceil(rows.length / maxRows);
  const out = rows.filter((_, i) => i % step === 0);
  if (out[out.length - 1] !== rows[rows.length - 1]) out.push(rows[rows.length - 1]);
  return out;
}
