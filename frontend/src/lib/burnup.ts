import type { Burnup } from '@/api/types';
import { isIsoDate } from './dates';

/** A point with the names settled: planned (current plan), baseline (original plan), completed. */
export interface BurnupRow {
  date: string;
  planned: number;
  baseline: number | null;
  completed: number | null;
}

/** Sorted rows of the API's burn-up. */
export function burnupRows(b: Burnup | null | undefined): BurnupRow[] {
  return [...(b?.points ?? [])]
    .filter((p) => isIsoDate(p.date))
    .sort((x, y) => (x.date < y.date ? -1 : 1))
    .map((p) => ({
      date: p.date,
      planned: Number(p.plannedCurrent ?? 0),
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
