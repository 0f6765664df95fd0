import type { TaskStatus, TimelineTask } from '@/api/types';
import { DAY_MS, addDays, diffDays, isIsoDate, maxDate, minDate, toUtcMs } from './dates';

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

/** Position of a date in a window, 0 at its start and 100 at its end (outside: beyond 0-100). */
export function pctOf(iso: string, w: Span): number {
  const a = toUtcMs(w.start);
  const b = toUtcMs(w.end);
  return b > a ? ((toUtcMs(iso) - a) / (b - a)) * 100 : 0;
}

/** Left and width (percent of the window) of a bar, clipped to the window; null when outside it. */
export function barBox(s: Span | null | undefined, w: Span): { left: number; width: number } | null {
  if (!s || s.end < w.start || s.start > w.end) return null;
  const l = Math.max(0, pctOf(s.start, w));
  // a bar covers its last day
  const r = Math.min(100, pctOf(addDays(s.end, 1), w));
  return { left: l, width: Math.max(0, r - l) };
}

export type TickUnit = 'year' | 'quarter' | 'month';

export interface AxisTick {
  /** First day of the year, quarter or month. */
  date: string;
  label: string;
  /** Position in the window, 0-100. */
  pct: number;
  /** True at the start of a year (drawn stronger). */
  major: boolean;
}

/**
 * The unit of the axis for a window: years over more than about two and a half years, quarters down to
 * about seven months, months below.
 */
export function tickUnit(w: Span): TickUnit {
  const days = (toUtcMs(w.end) - toUtcMs(w.start)) / DAY_MS;
  if (days > 900) return 'year';
  if (days > 210) return 'quarter';
  return 'month';
}

const ZH_QUARTER = ['一', '二', '三', '四'];
const EN_MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Label of a tick: the year is written at the start of a year and on the first tick. */
export function tickLabel(date: string, unit: TickUnit, locale: string, withYear: boolean): string {
  const [y, m] = date.split('-').map(Number);
  const en = locale === 'en';
  if (unit === 'year') return en ? String(y) : `${y}年`;
  if (unit === 'quarter') {
    const q = Math.floor((m - 1) / 3);
    if (en) return withYear ? `Q${q + 1} ${y}` : `Q${q + 1}`;
    return withYear ? `${y}年${ZH_QUARTER[q]}季度` : `${ZH_QUARTER[q]}季度`;
  }
  if (en) return withYear ? `${EN_MONTH[m - 1]} ${y}` : EN_MONTH[m - 1];
  return withYear ? `${y}年${m}月` : `${m}月`;
}

/**
 * Ticks of the time axis for a window: the first day of each year, quarter or month inside it
 * (see tickUnit), labelled in the locale.
 */
export function axisTicks(w: Span, locale: string): { unit: TickUnit; ticks: AxisTick[] } {
  const unit = tickUnit(w);
  const step = unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1;
  let [y, m] = w.start.split('-').map(Number);
  m = Math.floor((m - 1) / step) * step + 1;
  const ticks: AxisTick[] = [];
  for (;;) {
    const d = `${y}-${String(m).padStart(2, '0')}-01`;
    if (d > w.end) break;
    if (d >= w.start) {
      ticks.push({
        date: d,
        label: tickLabel(d, unit, locale, m === 1 || ticks.length === 0),
        pct: pctOf(d, w),
        major: m === 1,
      });
    }
    m += step;
    if (m > 12) {
      m -= 12;
      y += 1;
    }
  }
  return { unit, ticks };
}

/** Moves a window by a share of its length, kept inside the range. */
export function panWindow(w: Span, range: Span, share: number): Span {
  const len = diffDays(w.start, w.end);
  const by = Math.round(len * share);
  let start = addDays(w.start, by);
  let end = addDays(w.end, by);
  if (start < range.start) {
    start = range.start;
    end = addDays(start, len);
  }
  if (end > range.end) {
    end = range.end;
    start = maxDate(range.start, addDays(end, -len))!;
  }
  return { start, end };
}

/** What a group row shows when summing up its tasks: its span of plans and its tasks by status. */
export interface GroupSummary {
  planned: Span | null;
  byStatus: Partial<Record<TaskStatus, number>>;
  overdue: number;
}

export function groupSummaries(rows: GanttRow[]): Map<string, GroupSummary> {
  const out = new Map<string, GroupSummary>();
  for (const r of rows) {
    if (r.kind === 'group') {
      out.set(r.groupKey, { planned: null, byStatus: {}, overdue: 0 });
      continue;
    }
    const g = out.get(r.groupKey);
    if (!g) continue;
    g.byStatus[r.status] = (g.byStatus[r.status] ?? 0) + 1;
    if (r.task.overdue) g.overdue += 1;
    if (r.planned) {
      g.planned = g.planned
        ? { start: minDate(g.planned.start, r.planned.start)!, end: maxDate(g.planned.end, r.planned.end)! }
        : { ...r.planned };
    }
  }
  return out;
}

/** Rows shown: every group row, and the task rows of groups not collapsed. */
export function visibleRows(rows: GanttRow[], collapsed: ReadonlySet<string>): GanttRow[] {
  return collapsed.size === 0 ? rows : rows.filter((r) => r.kind === 'group' || !collapsed.has(r.groupKey));
}

/** Offsets of rows from their heights: offsets[i] is the top of row i, offsets[n] the total height. */
export function rowOffsets(heights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) out[i + 1] = out[i] + heights[i];
  return out;
}

/**
 * Rows to render for a scroll position: from the row at the top of the view, minus overscan, to the
 * row past its bottom, plus overscan ([from, to), to exclusive).
 */
export function rowWindow(
  offsets: ArrayLike<number>,
  scrollTop: number,
  viewHeight: number,
  overscan = 6,
): { from: number; to: number } {
  const n = offsets.length - 1;
  if (n <= 0) return { from: 0, to: 0 };
  // last row whose top is at or above scrollTop
  let lo = 0,
    hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= scrollTop) lo = mid;
    else hi = mid - 1;
  }
  let to = lo;
  while (to < n && offsets[to] < scrollTop + viewHeight) to++;
  return { from: Math.max(0, lo - overscan), to: Math.min(n, to + overscan) };
}

/**
 * A first guess at a row's height before it is measured: lines of its title at the label's width
 * (a CJK character about one em, a Latin one about half), plus its line of details.
 */
export function estimateRowHeight(text: string, labelPx: number, fontPx = 14, stacked = false): number {
  let ems = 0;
  for (const ch of text) ems += ch.charCodeAt(0) > 0x2e80 ? 1 : 0.55;
  const perLine = Math.max(4, (labelPx - 16) / fontPx);
  const lines = Math.max(1, Math.ceil(ems / perLine));
  return lines * Math.round(fontPx * 1.45) + 24 + (stacked ? 22 : 0);
}
