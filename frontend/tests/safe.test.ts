import { describe, expect, it } from 'vitest';
import { escapeHtml, safeHttpUrl } from '@/lib/safe';
import { mergeHistory, scale } from '@/lib/history';
import { queryString } from '@/api/http';
import type { StatusUpdate, TaskRevision } from '@/api/types';

describe('safeHttpUrl', () => {
  it('keeps http and https links only', () => {
    expect(safeHttpUrl('https://www.gov.cn/zhengce/a.htm')).toBe('https://www.gov.cn/zhengce/a.htm');
    expect(safeHttpUrl(' http://example.org/x ')).toBe('http://example.org/x');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    expect(safeHttpUrl('//evil.example/x')).toBeNull();
    expect(safeHttpUrl('ftp://x.org')).toBeNull();
    expect(safeHttpUrl('https://')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});

describe('escapeHtml', () => {
  it('escapes markup for chart tooltips', () => {
    expect(escapeHtml('<img src=x onerror="a()">&\'')).toBe('&lt;img src=x onerror=&quot;a()&quot;&gt;&amp;&#39;');
    expect(escapeHtml(null)).toBe('');
  });
});

describe('queryString', () => {
  it('drops empty parameters, joins lists with commas and adds asOf', () => {
    expect(
      queryString({ region: 'hefei', factor: '', status: ['delayed', 'suspended'], q: undefined, tags: [] }, null),
    ).toBe('region=hefei&status=delayed%2Csuspended');
    expect(queryString({}, '2025-06-30')).toBe('asOf=2025-06-30');
    expect(queryString({ overdue: true, page: 0 }, null)).toBe('overdue=true&page=0');
  });
});

describe('history', () => {
  const u = (id: number, at: string): StatusUpdate => ({
    id,
    taskId: 1,
    status: 'in_progress',
    progress: 10,
    recordedAt: at,
  });
  const r = (id: number, at: string): TaskRevision => ({ id, taskId: 1, recordedAt: at, reason: 'x' });
  it('merges updates and revisions oldest first', () => {
    const h = mergeHistory(
      [u(2, '2026-02-01T00:00:00Z'), u(1, '2026-01-01T00:00:00Z')],
      [r(1, '2026-01-15T00:00:00Z'), r(2, '2026-02-01T00:00:00Z')],
    );
    expect(h.map((e) => e.key)).toEqual(['u1', 'r1', 'u2', 'r2']);
    expect(mergeHistory([u(1, '2026-01-01T00:00:00Z')], null)).toHaveLength(1);
  });
  it('scales dates to 0-100 %', () => {
    const s = scale(['2026-01-01', '2026-01-11', null]);
    expect(s('2026-01-01')).toBe(0);
    expect(s('2026-01-06')).toBe(50);
    expect(s('2026-01-11')).toBe(100);
    expect(scale([])('2026-01-01')).toBe(0);
  });
});
