import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysSince,
  diffDays,
  endOfMonth,
  isIsoDate,
  maxDate,
  minDate,
  monthEnds,
  toUtcMs,
  todayIn,
} from '@/lib/dates';
import { checkAsOf } from '@/lib/asOf';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-12-31')).toBe(true);
    expect(isIsoDate(null)).toBe(false);
  });
  it('does day arithmetic in UTC', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(diffDays('2025-09-11', '2027-09-10')).toBe(729);
    expect(Number.isNaN(toUtcMs('nope'))).toBe(true);
  });
  it('lists month ends across years', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(monthEnds('2025-11-15', '2026-02-01')).toEqual(['2025-11-30', '2025-12-31', '2026-01-31', '2026-02-28']);
  });
  it('finds min and max ignoring empty values', () => {
    expect(minDate(null, '2025-03-01', undefined, '2024-12-31')).toBe('2024-12-31');
    expect(maxDate('2025-03-01', 'bad', '2026-01-01')).toBe('2026-01-01');
    expect(minDate()).toBeNull();
  });
  it('computes today in China time', () => {
    // 2026-11-21T17:30Z is already the 22nd in Shanghai
    expect(todayIn('Asia/Shanghai', new Date('2026-11-21T17:30:00Z'))).toBe('2026-11-22');
    expect(todayIn('UTC', new Date('2026-11-21T17:30:00Z'))).toBe('2026-11-21');
  });
});

describe('asOf', () => {
  it('reads the query value', () => {
    expect(checkAsOf(undefined, '2026-11-22')).toEqual({ kind: 'none' });
    expect(checkAsOf('2025-06-30', '2026-11-22')).toEqual({ kind: 'ok', date: '2025-06-30' });
    expect(checkAsOf(['2025-06-30'], '2026-11-22')).toEqual({ kind: 'ok', date: '2025-06-30' });
    expect(checkAsOf('2025-02-30', '2026-11-22')).toEqual({ kind: 'invalid', raw: '2025-02-30' });
    expect(checkAsOf('<script>', '2026-11-22').kind).toBe('invalid');
    expect(checkAsOf('2027-01-01', '2026-11-22')).toEqual({ kind: 'future', date: '2027-01-01' });
  });
});

describe('daysSince', () => {
  it('counts whole China-time days from an instant to a day', () => {
    // 2026-03-01T17:00Z is already 2 March in China
    expect(daysSince('2026-03-01T17:00:00Z', '2026-03-05')).toBe(3);
    expect(daysSince('2026-03-01T15:00:00Z', '2026-03-05')).toBe(4);
    expect(daysSince('2026-03-05T01:00:00Z', '2026-03-05')).toBe(0);
  });
  it('never goes below 0 (a view as of a day before the instant)', () => {
    expect(daysSince('2026-03-05T01:00:00Z', '2026-03-01')).toBe(0);
  });
});
