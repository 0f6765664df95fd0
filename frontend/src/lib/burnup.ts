import type { Burnup, BurnupPoint } from '@/api/types';
import { isIsoDate, maxDate, minDate, monthEnds } from './dates';

export interface BurnupTaskInput {
  plannedEnd?: string | null;
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
  const done = tasks
    .filter((t) => t.status === 'completed' && isIsoDate(t.actualEnd))
    .map((t) => t.actualEnd as string)
    .filter((d) => d <= opts.asOf)
    .sort();
  const first = opts.start ?? minDate(...tasks.map((t) => t.plannedStart), planned[0], done[0]);
  const last = opts.end ?? maxDate(planned[planned.length - 1], opts.asOf);
  if (!first || !last || tasks.length === 0) return { points: [], total: tasks.length };
  const points: BurnupPoint[] = [];
  let pi = 0;
  let di = 0;
  for (const d of monthEnds(first, last)) {
    while (pi < planned.length && planned[pi] <= d) pi++;
    while (di < done.length && done[di] <= d) di++;
    points.push({ date: d, planned: pi, completed: di });
  }
  return { points, total: tasks.length };
}

export interface BurnupSeries {
  dates: string[];
  planned: [string, number][];
  /** Completed up to asOf only; later months are omitted rather than drawn flat. */
  completed: [string, number][];
  total: number;
  /** Latest point not after asOf, for the summary sentence. */
  latest: BurnupPoint | null;
  /** Planned-minus-completed at the latest point (positive: behind plan). */
  gap: number;
}

/** Chart-ready series from the API or computed burn-up. */
export function toBurnupSeries(b: Burnup | null | undefined, asOf: string): BurnupSeries {
  const points = [...(b?.points ?? [])].filter((p) => isIsoDate(p.date)).sort((x, y) => (x.date < y.date ? -1 : 1));
  const past = points.filter((p) => p.date <= asOf);
  // the month in progress counts too: its end lies after asOf, but what is completed so far is known
  const current = points.find((p) => p.date > asOf);
  const completedPoints = current ? [...past, current] : past;
  const latest = completedPoints[completedPoints.length - 1] ?? null;
  return {
    dates: points.map((p) => p.date),
    planned: points.map((p) => [p.date, p.planned]),
    completed: completedPoints.map((p) => [p.date, p.completed]),
    total: b?.total ?? 0,
    latest,
    gap: latest ? latest.planned - latest.completed : 0,
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
