import { describe, expect, it } from 'vitest';
import { createFormatters, intlLocale } from '@/lib/format';
import { isZhShown, pickLang } from '@/lib/locale';

describe('formatters', () => {
  const zh = createFormatters('zh-CN');
  const en = createFormatters('en');

  it('maps UI languages to Intl locales', () => {
    expect(intlLocale('zh-CN')).toBe('zh-CN');
    expect(intlLocale('en')).toBe('en-GB');
  });
  it('formats calendar dates without shifting the day', () => {
    expect(zh.date('2025-09-11')).toBe('2025年9月11日');
    expect(en.date('2025-09-11')).toMatch(/^11 Sept? 2025$/);
    expect(en.date('2026-12-02')).toBe('2 Dec 2026');
    expect(zh.date('2025-01-01')).toBe('2025年1月1日');
    expect(zh.date(null)).toBe('—');
    expect(en.date('2025-02-30')).toBe('—');
  });
  it('writes English dates one way only, never day/month with digits', () => {
    expect(en.shortDate('2026-12-02')).toBe(en.date('2026-12-02'));
    expect(en.shortDate('2026-12-02')).not.toMatch(/\d+\/\d+/);
    expect(zh.shortDate('2026-12-02')).toBe('2026/12/02');
  });
  it('formats months and quarters per language', () => {
    expect(zh.month('2026-03-31')).toBe('2026年3月');
    expect(en.month('2026-03-31')).toBe('Mar 2026');
    expect(zh.quarter('2025-09-11')).toBe('2025年第3季度');
    expect(en.quarter('2025-09-11')).toBe('Q3 2025');
  });
  it('formats instants in China time', () => {
    expect(zh.dateTime('2026-10-31T02:00:00Z')).toContain('10:00');
    expect(en.dateTime('2026-10-31T18:30:00Z')).toContain('1 Nov 2026');
  });
  it('formats numbers and percentages', () => {
    expect(zh.number(12345)).toBe('12,345');
    expect(en.number(1234.56, 1)).toBe('1,234.6');
    expect(zh.percent(58.1)).toBe('58.1%');
    expect(en.percent(100, 0)).toBe('100%');
    expect(en.percent(37.54)).toBe('37.5%');
    expect(en.percent(undefined)).toBe('—');
  });
});

describe('bilingual fields', () => {
  it('picks English only in the English UI and only when present', () => {
    expect(pickLang('en', '合肥都市圈', 'Hefei Metropolitan Area')).toBe('Hefei Metropolitan Area');
    expect(pickLang('zh-CN', '合肥都市圈', 'Hefei Metropolitan Area')).toBe('合肥都市圈');
    expect(pickLang('en', '合肥都市圈', '  ')).toBe('合肥都市圈');
    expect(pickLang('en', '合肥都市圈', null)).toBe('合肥都市圈');
    expect(isZhShown('en', null)).toBe(true);
    expect(isZhShown('en', 'Hefei')).toBe(false);
  });
});
