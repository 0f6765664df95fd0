import type { Counts, Measure, TimelineTask } from '@/api/types';
import { countTasks, cellState, type CellState } from './matrix';

export interface MeasurePilot {
  regionCode: string;
  counts: Counts;
  state: CellState;
}

/** For each measure code, the regions whose tasks carry it out and how far they are (regions sorted by code order given). */
export function pilotsByMeasure(tasks: TimelineTask[], regionOrder: string[]): Map<string, MeasurePilot[]> {
  const byMeasure = new Map<string, Map<string, TimelineTask[]>>();
  for (const t of tasks) {
    let m = byMeasure.get(t.measureCode);
    if (!m) byMeasure.set(t.measureCode, (m = new Map()));
    let list = m.get(t.regionCode);
    if (!list) m.set(t.regionCode, (list = []));
    list.push(t);
  }
  const rank = (c: string) => {
    const i = regionOrder.indexOf(c);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const out = new Map<string, MeasurePilot[]>();
  for (const [code, regions] of byMeasure) {
    const pilots = [...regions.entries()]
      .map(([regionCode, list]) => {
        const counts = countTasks(list);
        return { regionCode, counts, state: cellState(counts) };
      })
      .sort((a, b) => rank(a.regionCode) - rank(b.regionCode) || a.regionCode.localeCompare(b.regionCode));
    out.set(code, pilots);
  }
  return out;
}

/** Measures grouped by item number, in seq order. */
export function measuresByItem(measures: Measure[]): Map<number, Measure[]> {
  const out = new Map<number, Measure[]>();
  for (const m of [...measures].sort((a, b) => a.itemNumber - b.itemNumber || a.seq - b.seq)) {
    if (!out.has(m.itemNumber)) out.set(m.itemNumber, []);
    out.get(m.itemNumber)!.push(m);
  }
  return out;
}
