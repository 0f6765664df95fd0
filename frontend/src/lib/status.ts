import { TASK_STATUSES, type Counts, type MilestoneState, type TaskStatus } from '@/api/types';

/** One colour scheme for the five statuses, used by badges, bars, charts and the matrix. */
export interface StatusStyle {
  /** Solid colour for bars, chart series and markers (≥ 3:1 against white). */
  solid: string;
  /** Light background for badges and cells. */
  bg: string;
  /** Text colour on bg (≥ 4.5:1). */
  text: string;
  /** A shape so that status never relies on colour alone. */
  glyph: string;
}

export const STATUS_STYLES: Record<TaskStatus, StatusStyle> = {
  not_started: { solid: '#64748b', bg: '#f1f5f9', text: '#334155', glyph: '○' },
  in_progress: { solid: '#2563eb', bg: '#dbeafe', text: '#1e3a8a', glyph: '◐' },
  completed: { solid: '#15803d', bg: '#dcfce7', text: '#14532d', glyph: '●' },
  delayed: { solid: '#c2410c', bg: '#ffedd5', text: '#7c2d12', glyph: '▲' },
  suspended: { solid: '#7c3aed', bg: '#ede9fe', text: '#4c1d95', glyph: '‖' },
};

/** Display order: from done to not begun, problems in between. */
export const STATUS_ORDER: TaskStatus[] = ['completed', 'in_progress', 'delayed', 'suspended', 'not_started'];

export const OVERDUE_STYLE = { solid: '#b91c1c', bg: '#fee2e2', text: '#7f1d1d' };
export const STALE_STYLE = { solid: '#a16207', bg: '#fef9c3', text: '#713f12' };

export function isTaskStatus(v: unknown): v is TaskStatus {
  return typeof v === 'string' && (TASK_STATUSES as readonly string[]).includes(v);
}

/** i18n key of a status label. */
export function statusKey(s: TaskStatus): string {
  return `status.${s}`;
}

export const MILESTONE_STYLES: Record<MilestoneState, StatusStyle> = {
  no_tasks: { solid: '#64748b', bg: '#f1f5f9', text: '#334155', glyph: '○' },
  in_progress: STATUS_STYLES.in_progress,
  overdue: { solid: OVERDUE_STYLE.solid, bg: OVERDUE_STYLE.bg, text: OVERDUE_STYLE.text, glyph: '!' },
  achieved: STATUS_STYLES.completed,
  achieved_late: { solid: '#4d7c0f', bg: '#ecfccb', text: '#365314', glyph: '◉' },
};

export function milestoneStyle(state: string | null | undefined): StatusStyle {
  return MILESTONE_STYLES[(state as MilestoneState) in MILESTONE_STYLES ? (state as MilestoneState) : 'no_tasks'];
}

export interface StatusSegment {
  status: TaskStatus;
  count: number;
  /** Share of all tasks, 0-100 */
  share: number;
}

/** Segments of a stacked status bar, in display order, zero counts left out. */
export function statusSegments(byStatus: Partial<Record<TaskStatus, number>> | null | undefined): StatusSegment[] {
  const counts = STATUS_ORDER.map((s) => ({ status: s, count: Math.max(0, Number(byStatus?.[s] ?? 0)) }));
  const total = counts.reduce((a, c) => a + c.count, 0);
  if (total === 0) return [];
  return counts.filter((c) => c.count > 0).map((c) => ({ ...c, share: (c.count / total) * 100 }));
}

export function emptyCounts(): Counts {
  return {
    tasks: 0,
    progress: 0,
    byStatus: Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])),
    overdue: 0,
    stale: 0,
  };
}
