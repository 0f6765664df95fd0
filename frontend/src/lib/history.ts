import type { StatusUpdate, TaskRevision } from '@/api/types';

export type HistoryEntry =
  | { kind: 'update'; at: string; key: string; update: StatusUpdate }
  | { kind: 'revision'; at: string; key: string; revision: TaskRevision };

/** Status updates and plan revisions in one list, oldest first (ties: updates before revisions, then by id). */
export function mergeHistory(updates: StatusUpdate[], revisions: TaskRevision[] | null | undefined): HistoryEntry[] {
  const list: HistoryEntry[] = [
    ...updates.map((u) => ({ kind: 'update' as const, at: u.recordedAt, key: `u${u.id}`, update: u })),
    ...(revisions ?? []).map((r) => ({ kind: 'revision' as const, at: r.recordedAt, key: `r${r.id}`, revision: r })),
  ];
  const ms = (s: string) => {
    const v = Date.parse(s);
    return Number.isNaN(v) ? 0 : v;
  };
  const id = (e: HistoryEntry) => (e.kind === 'update' ? e.update.id : e.revision.id);
  return list.sort((a, b) => ms(a.at) - ms(b.at) || (a.kind === b.kind ? id(a) - id(b) : a.kind === 'update' ? -1 : 1));
}

/** Position (0-100 %) of dates on a shared scale, for the small schedule diagram. */
export function scale(dates: (string | null | undefined)[]): (d: string | null | undefined) => number {
  const ms = dates.map((d) => (d ? Date.parse(`${d}T00:00:00Z`) : Number.NaN)).filter((v) => !Number.isNaN(v));
  if (!ms.length) return () => 0;
  const lo = Math.min(...ms);
  const hi = Math.max(...ms);
  return (d) => {
    if (!d) return 0;
    const v = Date.parse(`${d}T00:00:00Z`);
    if (Number.isNaN(v) || hi === lo) return 0;
    return ((v - lo) / (hi - lo)) * 100;
  };
}
