import type { TaskStatus, TimelineTask } from '@/api/types';
import { DAY_MS, addDays, isIsoDate, maxDate, minDate, toUtcMs } from './dates';

export type GroupBy = 'region' | 'factor';

export interface Span {
  start: string;
  end: string;
}

export interface GanttTaskRow {
  kind: 'task';
  key: string;
  groupKey: string;
  task: TimelineTask;
  label: string;
  baseline: Span | null;
  planned: Span | null;
  /** Actual work: from actualStart to actualEnd, or to asOf while still open. */
  actual: (Span & { open: boolean }) | null;
  /** Date up to which the planned bar is filled, by progress. */
  progressUntil: string | null;
  status: TaskStatus;
}

export interface GanttGroupRow {
  kind: 'group';
  key: string;
  groupKey: string;
  label: string;
  count: number;
}

export type GanttRow = GanttGroupRow | GanttTaskRow;

function span(a?: string | null, b?: string | null): Span | null {
  if (!isIsoDate(a) || !isIsoDate(b)) return null;
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

/** Bars of one task. asOf closes bars of work that has started but not finished. */
export function taskBars(t: TimelineTask, asOf: string) {
  const baseline = span(t.baselineStart, t.baselineEnd);
  const planned = span(t.plannedStart, t.plannedEnd);
  let actual: (Span & { open: boolean }) | null = null;
  if (isIsoDate(t.actualStart)) {
    if (isIsoDate(t.actualEnd)) actual = { ...span(t.actualStart, t.actualEnd)!, open: false };
    else if (t.actualStart <= asOf) actual = { start: t.actualStart, end: asOf, open: true };
  } else if (t.status === 'completed' && isIsoDate(t.actualEnd)) {
    actual = { start: t.actualEnd, end: t.actualEnd, open: false };
  }
  let progressUntil: string | null = null;
  if (planned && t.progress > 0) {
    const len = (toUtcMs(planned.end) - toUtcMs(planned.start)) / DAY_MS;
    progressUntil = addDays(planned.start, Math.round((len * Math.min(100, t.progress)) / 100));
  }
  return { baseline, planned, actual, progressUntil };
}

function compareTasks(a: TimelineTask, b: TimelineTask): number {
  const as = a.plannedStart ?? '9999',
    bs = b.plannedStart ?? '9999';
  if (as !== bs) return as < bs ? -1 : 1;
  const ae = a.plannedEnd ?? '9999',
    be = b.plannedEnd ?? '9999';
  if (ae !== be) return ae < be ? -1 : 1;
  return a.id - b.id;
}

/**
 * Rows of the Gantt chart: a header row per group, then its tasks by planned start.
 * groupOrder fixes the order of groups (unknown groups go last, alphabetically).
 */
export function buildGanttRows(
  tasks: TimelineTask[],
  opts: {
    groupBy: GroupBy;
    groupOrder: string[];
    groupLabel: (code: string) => string;
    taskLabel: (t: TimelineTask) => string;
    asOf: string;
  },
): GanttRow[] {
  const key = (t: TimelineTask) => (opts.groupBy === 'region' ? t.regionCode : t.factorCode);
  const groups = new Map<string, TimelineTask[]>();
  for (const t of tasks) {
    const k = key(t);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(t);
  }
  const rank = (k: string) => {
    const i = opts.groupOrder.indexOf(k);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const keys = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const rows: GanttRow[] = [];
  for (const g of keys) {
    const list = groups.get(g)!.sort(compareTasks);
    rows.push({ kind: 'group', key: `g:${g}`, groupKey: g, label: opts.groupLabel(g), count: list.length });
    for (const t of list) {
      const bars = taskBars(t, opts.asOf);
      rows.push({
        kind: 'task',
        key: `t:${t.id}`,
        groupKey: g,
        task: t,
        label: opts.taskLabel(t),
        status: t.status,
        ...bars,
      });
    }
  }
  return rows;
}

/** The x range: the plan period widened to every task date and today, padded by a month. */
export function timeRange(periodStart: string, periodEnd: string, tasks: TimelineTask[], today: string): Span {
  const dates = tasks.flatMap((t) => [
    t.baselineStart,
    t.baselineEnd,
    t.plannedStart,
    t.plannedEnd,
    t.actualStart,
    t.actualEnd,
  ]);
  const start = minDate(periodStart, ...dates) ?? periodStart;
  const end = maxDate(periodEnd, today, ...dates) ?? periodEnd;
  return { start: addDays(start, -31), end: addDays(end, 31) };
}

/** Smallest zoom window: one quarter. */
export const MIN_ZOOM_DAYS = 92;

/** Zoom presets as [start, end] windows within the range. */
export function zoomWindow(range: Span, preset: 'all' | 'year' | 'quarter', around: string): Span {
  if (preset === 'all') return range;
  const days = preset === 'year' ? 366 : MIN_ZOOM_DAYS;
  const half = Math.round(days / 2);
  let start = addDays(around, -half);
  let end = addDays(around, days - half);
  if (start < range.start) {
    start = range.start;
    end = addDays(start, days);
  }
  if (end > range.end) {
    end = range.end;
    start = maxDate(range.start, addDays(end, -days))!;
  }
  return { start, end };
}

/** Quarter boundaries (first day of each quarter) inside a range, for axis ticks and bands. */
export function quarterStarts(range: Span): string[] {
  const out: string[] = [];
  let [y, m] = range.start.split('-').map(Number);
  m = Math.floor((m - 1) / 3) * 3 + 1;
  for (;;) {
    const d = `${y}-${String(m).padStart(2, '0')}-01`;
    if (d > range.end) break;
    if (d >= range.start) out.push(d);
    m += 3;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** One data item of the Gantt's custom series (x values in ms; NaN when absent). */
export interface GanttDatum {
  value: [number, number, number, number, number, number, number, number];
  kind: 'group' | 'task';
  taskId: number | null;
  status: TaskStatus | null;
  overdue: boolean;
  actualOpen: boolean;
}

/** Index of the value fields of GanttDatum. */
export const GD = {
  row: 0,
  baseStart: 1,
  baseEnd: 2,
  planStart: 3,
  planEnd: 4,
  progressUntil: 5,
  actStart: 6,
  actEnd: 7,
} as const;

/**
 * Data of the custom series. A group row spans the whole range (its x values keep it in view
 * when zoomed, so its band is drawn).
 */
export function ganttData(rows: GanttRow[], range: Span): GanttDatum[] {
  const ms = (d: string | null | undefined) => (d ? toUtcMs(d) : Number.NaN);
  const a = toUtcMs(range.start);
  const b = toUtcMs(range.end);
  return rows.map((r, i) => {
    if (r.kind === 'group') {
      return {
        value: [i, a, b, NaN, NaN, NaN, NaN, NaN],
        kind: 'group',
        taskId: null,
        status: null,
        overdue: false,
        actualOpen: false,
      };
    }
    return {
      value: [
        i,
        ms(r.baseline?.start),
        ms(r.baseline?.end),
        ms(r.planned?.start),
        ms(r.planned?.end),
        ms(r.progressUntil),
        ms(r.actual?.start),
        ms(r.actual?.end),
      ],
      kind: 'task',
      taskId: r.task.id,
      status: r.status,
      overdue: !!r.task.overdue,
      actualOpen: !!r.actual?.open,
    };
  });
}
