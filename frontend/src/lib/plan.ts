import type { Factor, Measure, MeasuresProgress, PlanItem, Provenance, Source } from '@/api/types';
import type { CellState } from './matrix';

export interface MeasurePilot {
  regionCode: string;
  tasks: number;
  completed: number;
  /** mean task progress, 0-100 */
  progress: number;
  state: CellState;
}

/**
 * The state a measure's pilot chip is coloured by. The aggregate endpoint gives counts of tasks and
 * completed tasks and the mean progress only, so delayed or suspended work cannot be told apart here.
 */
export function pilotState(p: { tasks: number; completed: number; progress: number }): CellState {
  if (!p.tasks) return 'none';
  if (p.completed >= p.tasks) return 'completed';
  if (p.completed > 0 || p.progress > 0) return 'in_progress';
  return 'not_started';
}

/** For each measure code, the regions with tasks on it (in the order given, unknown regions last by code). */
export function pilotsFromProgress(
  res: MeasuresProgress | null | undefined,
  regionOrder: string[],
): Map<string, MeasurePilot[]> {
  const rank = (c: string) => {
    const i = regionOrder.indexOf(c);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const out = new Map<string, MeasurePilot[]>();
  for (const m of res?.measures ?? []) {
    const pilots = m.regions
      .filter((r) => r.tasks > 0)
      .map((r) => ({
        regionCode: r.regionCode,
        tasks: r.tasks,
        completed: r.completed,
        progress: r.progress,
        state: pilotState(r),
      }))
      .sort((a, b) => rank(a.regionCode) - rank(b.regionCode) || a.regionCode.localeCompare(b.regionCode));
    if (pilots.length) out.set(m.measureCode, pilots);
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

/** Measures grouped by chapter (factor code), chapters in the order of the factors given, then items and seq. */
export function measuresByChapter(
  factors: Pick<Factor, 'code'>[],
  measures: Measure[],
): { code: string; measures: Measure[] }[] {
  const byItem = measuresByItem(measures);
  const groups = factors.map((f) => ({ code: f.code, measures: [] as Measure[] }));
  const index = new Map(groups.map((g, i) => [g.code, i]));
  const orphans: Measure[] = [];
  for (const list of byItem.values()) {
    for (const m of list) {
      const i = index.get(m.factorCode);
      if (i === undefined) orphans.push(m);
      else groups[i].measures.push(m);
    }
  }
  if (orphans.length) groups.push({ code: '', measures: orphans });
  return groups.filter((g) => g.measures.length);
}

export interface TocChapter {
  code: string;
  number: number;
  numeralZh?: string;
  titleZh: string;
  titleEn?: string;
  items: { number: number; numeralZh?: string; titleZh: string; titleEn?: string }[];
  measures: number;
  trackable: number;
}

/** The table of contents: every chapter the API gives, with its items and measure counts. */
export function planToc(factors: Factor[], measures: Measure[]): TocChapter[] {
  return [...factors]
    .sort((a, b) => a.number - b.number)
    .map((f) => {
      const own = measures.filter((m) => m.factorCode === f.code);
      return {
        code: f.code,
        number: f.number,
        numeralZh: f.numeralZh,
        titleZh: f.titleZh,
        titleEn: f.titleEn,
        items: [...(f.items ?? [])]
          .sort((a, b) => a.number - b.number)
          .map((i) => ({ number: i.number, numeralZh: i.numeralZh, titleZh: i.titleZh, titleEn: i.titleEn })),
        measures: own.length,
        trackable: own.filter((m) => m.trackable).length,
      };
    });
}

export type PlanAnchor =
  { kind: 'chapter'; code: string } | { kind: 'item'; number: number } | { kind: 'measure'; code: string };

/** Reads a plan page fragment: #chapter-data, #item-19, #measure-19.2 (percent-encoding allowed). */
export function parsePlanHash(hash: string | null | undefined): PlanAnchor | null {
  if (!hash) return null;
  let h: string;
  try {
    h = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  let m = /^item-(\d{1,3})$/.exec(h);
  if (m) return { kind: 'item', number: Number(m[1]) };
  m = /^measure-(\d{1,3}\.\d{1,3})$/.exec(h);
  if (m) return { kind: 'measure', code: m[1] };
  m = /^chapter-([a-z][a-z0-9_]*)$/.exec(h);
  if (m) return { kind: 'chapter', code: m[1] };
  return null;
}

/** The element id an anchor points at. */
export function anchorId(a: PlanAnchor): string {
  return a.kind === 'chapter' ? `chapter-${a.code}` : a.kind === 'item' ? `item-${a.number}` : `measure-${a.code}`;
}

/** The chapter (factor code) an anchor lies in, or null when the catalogue has no such item or measure. */
export function anchorChapter(a: PlanAnchor, factors: Factor[], measures: Measure[]): string | null {
  if (a.kind === 'chapter') return factors.some((f) => f.code === a.code) ? a.code : null;
  if (a.kind === 'item') return factors.find((f) => f.items?.some((i) => i.number === a.number))?.code ?? null;
  return measures.find((m) => m.code === a.code)?.factorCode ?? null;
}

/**
 * The chapter being read: the last chapter whose top has scrolled above the reading line (a distance
 * from the top of the viewport), else the first. When the page is scrolled to its end, the last
 * chapter whose top is on screen wins, so a short final chapter can still become current.
 */
export function currentChapter(
  tops: { code: string; top: number }[],
  line: number,
  atEnd = false,
  viewportHeight = Infinity,
): string | null {
  if (!tops.length) return null;
  if (atEnd) {
    const onScreen = tops.filter((t) => t.top < viewportHeight);
    if (onScreen.length) return onScreen[onScreen.length - 1].code;
  }
  let cur = tops[0].code;
  for (const t of tops) {
    if (t.top <= line) cur = t.code;
    else break;
  }
  return cur;
}

/** A source as people know it: its publisher, else its title, else the host of its URL, else its id. */
export function sourceName(
  s: Pick<Source, 'id' | 'publisher' | 'title' | 'url'> | undefined | null,
  fallback = '',
): string {
  if (!s) return fallback;
  if (s.publisher && s.publisher.trim()) return s.publisher.trim();
  if (s.title && s.title.trim()) return s.title.trim();
  if (s.url) {
    try {
      return new URL(s.url).host.replace(/^www\./, '');
    } catch {
      /* not a URL: fall through */
    }
  }
  return s.id || fallback;
}

/** The source a seed file name stands for: seed-000 is 000_6c7e55f38a331076.txt. */
export function seedSource(file: string, sources: Source[]): Source | undefined {
  const stem = file.split(/[_.]/)[0];
  return sources.find((s) => s.id === file || (s.kind === 'seed' && s.id === `seed-${stem}`));
}

export interface NamedSource {
  /** display name (publisher, title or host) */
  name: string;
  /** how many of the given source ids carry this name (two posts by one publisher count as one name) */
  count: number;
  url?: string | null;
  ids: string[];
}

function groupByName(
  ids: string[],
  lookup: (id: string) => Source | undefined,
  fallbackName: (id: string) => string,
): NamedSource[] {
  const out: NamedSource[] = [];
  for (const id of ids) {
    const s = lookup(id);
    const name = sourceName(s, fallbackName(id));
    const g = out.find((x) => x.name === name);
    if (g) {
      g.count += 1;
      g.ids.push(id);
    } else {
      out.push({ name, count: 1, url: s?.url ?? null, ids: [id] });
    }
  }
  return out;
}

export interface ProvenanceView {
  /** seed: cut from a seed file; found: found in sources later; admin: corrected by an administrator */
  basis: 'seed' | 'found' | 'admin' | 'unknown';
  /** where the whole text comes from, grouped by publisher */
  primary: NamedSource[];
  /** null when the API gives no provenance */
  second: Provenance['secondPublisher'] | null;
  /** other sources quoting or summarising the item; level is the compiler's English note */
  corroborators: { name: string; level: string; url?: string | null; id: string }[];
}

/** What the plan page says about where an item's text comes from. */
export function describeProvenance(item: Pick<PlanItem, 'source' | 'provenance'>, sources: Source[]): ProvenanceView {
  const byId = (id: string) => sources.find((s) => s.id === id);
  const p = item.provenance;
  const basis = item.source === 'seed' || item.source === 'found' || item.source === 'admin' ? item.source : 'unknown';
  if (!p) return { basis, primary: [], second: null, corroborators: [] };
  const primary = [
    ...groupByName(
      p.seedFiles ?? [],
      (f) => seedSource(f, sources),
      (f) => f,
    ),
    ...groupByName(p.foundIn ?? [], byId, (id) => id),
  ];
  // one publisher's two posts are one entry: merge seed and found groups of the same name
  const merged: NamedSource[] = [];
  for (const g of primary) {
    const m = merged.find((x) => x.name === g.name);
    if (m) {
      m.count += g.count;
      m.ids.push(...g.ids);
    } else merged.push({ ...g, ids: [...g.ids] });
  }
  return {
    basis,
    primary: merged,
    second: p.secondPublisher ?? 'none',
    corroborators: (p.corroboratedBy ?? []).map((c) => {
      const s = byId(c.source);
      return { name: sourceName(s, c.source), level: c.level, url: s?.url ?? null, id: c.source };
    }),
  };
}

/**
 * The part of an item's source note the provenance list does not already say: the API's note opens
 * with "Corroborated by: …." when there are corroborating sources, which the page lists itself.
 */
export function extraSourceNote(note: string | null | undefined, listed: boolean): string {
  const n = (note ?? '').trim();
  if (!listed) return n;
  return n.replace(/^Corroborated by: .*?\)\.(\s+|$)/s, '').trim();
}
