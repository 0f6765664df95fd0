import { describe, expect, it } from 'vitest';
import {
  MILESTONE_STYLES,
  STATUS_ORDER,
  STATUS_STYLES,
  isTaskStatus,
  milestoneStyle,
  statusSegments,
} from '@/lib/status';
import { TASK_STATUSES } from '@/api/types';
import zh from '@/i18n/zh-CN';
import en from '@/i18n/en';

/** WCAG relative luminance contrast. */
function contrast(a: string, b: string) {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

describe('status styles', () => {
  it('covers every status, each with its own colour and glyph', () => {
    expect(Object.keys(STATUS_STYLES).sort()).toEqual([...TASK_STATUSES].sort());
    expect(new Set(Object.values(STATUS_STYLES).map((s) => s.solid)).size).toBe(5);
    expect(new Set(Object.values(STATUS_STYLES).map((s) => s.glyph)).size).toBe(5);
    expect([...STATUS_ORDER].sort()).toEqual([...TASK_STATUSES].sort());
  });
  it('has readable badge text (≥ 4.5:1) and visible solids (≥ 3:1 on white)', () => {
    for (const s of [...Object.values(STATUS_STYLES), ...Object.values(MILESTONE_STYLES)]) {
      expect(contrast(s.text, s.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(s.solid, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
  });
  it('has a label in both languages for every status', () => {
    for (const s of TASK_STATUSES) {
      expect(zh.status[s]).toBeTruthy();
      expect(en.status[s]).toBeTruthy();
    }
    expect(zh.status.not_started).toBe('未启动');
    expect(zh.status.in_progress).toBe('推进中');
    expect(zh.status.completed).toBe('已完成');
    expect(zh.status.delayed).toBe('滞后');
    expect(zh.status.suspended).toBe('暂停');
  });
  it('recognises statuses and falls back for unknown milestone states', () => {
    expect(isTaskStatus('delayed')).toBe(true);
    expect(isTaskStatus('late')).toBe(false);
    expect(milestoneStyle('weird')).toBe(MILESTONE_STYLES.no_tasks);
    expect(milestoneStyle('overdue')).toBe(MILESTONE_STYLES.overdue);
  });
  it('builds stacked segments in display order without zeros', () => {
    const segs = statusSegments({ not_started: 1, in_progress: 2, completed: 1, delayed: 0 });
    expect(segs.map((s) => s.status)).toEqual(['completed', 'in_progress', 'not_started']);
    expect(segs.map((s) => s.share)).toEqual([25, 50, 25]);
    expect(statusSegments({})).toEqual([]);
    expect(statusSegments(null)).toEqual([]);
  });
});

describe('messages', () => {
  it('have the same keys in both languages', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
});
