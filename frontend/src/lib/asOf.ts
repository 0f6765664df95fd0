import { isIsoDate } from './dates';

export type AsOfCheck =
  { kind: 'none' } | { kind: 'ok'; date: string } | { kind: 'invalid'; raw: string } | { kind: 'future'; date: string };

/**
 * Reads the asOf query value. Only a real YYYY-MM-DD date counts; a date after today is
 * rejected (there is no future state to show).
 */
export function checkAsOf(raw: unknown, today: string): AsOfCheck {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === null || value === '') return { kind: 'none' };
  if (typeof value !== 'string' || !isIsoDate(value)) return { kind: 'invalid', raw: String(value) };
  if (value > today) return { kind: 'future', date: value };
  return { kind: 'ok', date: value };
}
