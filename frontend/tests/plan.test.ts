import { describe, expect, it } from 'vitest';
import {
  anchorChapter,
  anchorId,
  extraSourceNote,
  currentChapter,
  describeProvenance,
  measuresByChapter,
  measuresByItem,
  parsePlanHash,
  pilotState,
  pilotsFromProgress,
  planToc,
  seedSource,
  sourceName,
} from '@/lib/plan';
import type { Factor, Measure, MeasuresProgress, PlanItem, Source } from '@/api/types';

const m = (
  code: string,
  itemNumber: number,
  seq: number,
  factorCode = 'land',
  kind: Measure['kind'] = 'action',
): Measure => ({
  code,
  itemNumber,
  seq,
  factorCode,
  kind,
  trackable: kind === 'action' || kind === 'target',
  textZh: code,
});
const item = (number: number, factorCode: string): PlanItem => ({ number, factorCode, titleZh: `条目${number}` });
const factor = (code: string, number: number, items: number[]): Factor => ({
  code,
  number,
  titleZh: code,
  items: items.map((n) => item(n, code)),
});

describe('pilots from GET /dashboard/measures', () => {
  const res: MeasuresProgress = {
    measures: [
      {
        measureCode: '5.2',
        tasks: 3,
        regions: [
          { regionCode: 'b', tasks: 1, completed: 1, progress: 100 },
          { regionCode: 'a', tasks: 2, completed: 0, progress: 55 },
        ],
      },
      { measureCode: '19.2', tasks: 1, regions: [{ regionCode: 'zz', tasks: 1, completed: 0, progress: 0 }] },
      { measureCode: '20.1', tasks: 0, regions: [] },
    ],
  };
  it("lists each measure's regions in the given region order, unknown regions last", () => {
    const map = pilotsFromProgress(res, ['a', 'b']);
    expect(map.get('5.2')!.map((p) => p.regionCode)).toEqual(['a', 'b']);
    expect(map.get('5.2')![0]).toMatchObject({ tasks: 2, completed: 0, progress: 55, state: 'in_progress' });
    expect(map.get('5.2')![1].state).toBe('completed');
    expect(map.get('19.2')![0].state).toBe('not_started');
  });
  it('leaves out measures without tasks, and copes with no answer', () => {
    expect(pilotsFromProgress(res, []).has('20.1')).toBe(false);
    expect(pilotsFromProgress(null, []).size).toBe(0);
  });
  it('colours a pilot by what the counts can tell', () => {
    expect(pilotState({ tasks: 0, completed: 0, progress: 0 })).toBe('none');
    expect(pilotState({ tasks: 2, completed: 2, progress: 100 })).toBe('completed');
    expect(pilotState({ tasks: 2, completed: 1, progress: 50 })).toBe('in_progress');
    expect(pilotState({ tasks: 2, completed: 0, progress: 10 })).toBe('in_progress');
    expect(pilotState({ tasks: 2, completed: 0, progress: 0 })).toBe('not_started');
  });
});

describe('grouping measures', () => {
  it('orders measures by item and sequence', () => {
    const by = measuresByItem([m('6.2', 6, 2), m('5.1', 5, 1), m('6.1', 6, 1)]);
    expect([...by.keys()]).toEqual([5, 6]);
    expect(by.get(6)!.map((x) => x.code)).toEqual(['6.1', '6.2']);
  });
  it("groups measures by chapter in the factors' order, measures of unknown chapters last", () => {
    const groups = measuresByChapter(
      [{ code: 'organisation' }, { code: 'land' }, { code: 'capital' }],
      [
        m('13.1', 13, 1, 'capital'),
        m('29.2', 29, 2, 'organisation'),
        m('5.1', 5, 1),
        m('29.1', 29, 1, 'organisation'),
        m('99.1', 99, 1, 'mystery'),
      ],
    );
    expect(groups.map((g) => g.code)).toEqual(['organisation', 'land', 'capital', '']);
    expect(groups[0].measures.map((x) => x.code)).toEqual(['29.1', '29.2']);
  });
});

describe('table of contents', () => {
  const factors = [factor('land', 2, [6, 5]), factor('general', 1, [1, 2]), factor('organisation', 10, [29, 30])];
  const measures = [
    m('1.1', 1, 1, 'general', 'guidance'),
    m('1.2', 1, 2, 'general', 'target'),
    m('5.1', 5, 1),
    m('29.1', 29, 1, 'organisation', 'guidance'),
    m('29.2', 29, 2, 'organisation'),
  ];
  it('lists every chapter the API gives, in number order, with items, measures and trackable counts', () => {
    const toc = planToc(factors, measures);
    expect(toc.map((c) => c.code)).toEqual(['general', 'land', 'organisation']);
    expect(toc[1].items.map((i) => i.number)).toEqual([5, 6]);
    expect(toc[0]).toMatchObject({ measures: 2, trackable: 1 });
    expect(toc[2]).toMatchObject({ measures: 2, trackable: 1 });
  });
  it('reads deep links and finds their chapter', () => {
    expect(parsePlanHash('#item-19')).toEqual({ kind: 'item', number: 19 });
    expect(parsePlanHash('#measure-19.2')).toEqual({ kind: 'measure', code: '19.2' });
    expect(parsePlanHash('#measure-19%2E2')).toEqual({ kind: 'measure', code: '19.2' });
    expect(parsePlanHash('#chapter-resources_environment')).toEqual({ kind: 'chapter', code: 'resources_environment' });
    for (const bad of ['', '#', '#item-x', '#measure-19', '#foo', '#%E0%A4%A', '#item-19<script>'])
      expect(parsePlanHash(bad)).toBeNull();
    expect(anchorId({ kind: 'measure', code: '19.2' })).toBe('measure-19.2');
    expect(anchorChapter({ kind: 'item', number: 30 }, factors, measures)).toBe('organisation');
    expect(anchorChapter({ kind: 'measure', code: '5.1' }, factors, measures)).toBe('land');
    expect(anchorChapter({ kind: 'item', number: 31 }, factors, measures)).toBeNull();
    expect(anchorChapter({ kind: 'chapter', code: 'land' }, factors, measures)).toBe('land');
  });
  it('marks the chapter whose top has passed the reading line as current', () => {
    const tops = [
      { code: 'general', top: -900 },
      { code: 'land', top: -20 },
      { code: 'labour', top: 400 },
    ];
    expect(currentChapter(tops, 120)).toBe('land');
    expect(
      currentChapter(
        [
          { code: 'general', top: 300 },
          { code: 'land', top: 1300 },
        ],
        120,
      ),
    ).toBe('general');
    expect(currentChapter([], 120)).toBeNull();
  });
  it('at the end of the page, marks the last chapter that is on screen', () => {
    const tops = [
      { code: 'coordination', top: -600 },
      { code: 'organisation', top: 500 },
    ];
    expect(currentChapter(tops, 120, false, 900)).toBe('coordination');
    expect(currentChapter(tops, 120, true, 900)).toBe('organisation');
  });
});

describe('provenance wording', () => {
  const sources: Source[] = [
    { id: 'seed-000', kind: 'seed', publisher: '新浪财经 (Sina Finance)', title: '国办：进一步深化户籍制度改革' },
    { id: 'seed-002', kind: 'seed', publisher: '观察者网 (Guancha)' },
    { id: 'sina-mirror-a', kind: 'github-mirror', publisher: '新浪财经 (Sina Finance)', url: 'https://github.com/a' },
    { id: 'sina-mirror-b', kind: 'github-mirror', publisher: '新浪财经 (Sina Finance)', url: 'https://github.com/b' },
    { id: 'panewslab', kind: 'web', url: 'https://t-www.panewslab.com/zh/articledetails/D07364180Ft.html' },
    { id: 'xhrb', kind: 'web', title: '新华日报 commentary', url: 'http://jfxmm.com/x' },
  ];
  it('names a source by publisher, else title, else host, else id', () => {
    expect(sourceName(sources[2])).toBe('新浪财经 (Sina Finance)');
    expect(sourceName(sources[5])).toBe('新华日报 commentary');
    expect(sourceName(sources[4])).toBe('t-www.panewslab.com');
    expect(sourceName({ id: 'x', url: 'https://www.example.org/p' })).toBe('example.org');
    expect(sourceName({ id: 'plain', url: 'not a url' })).toBe('plain');
    expect(sourceName(undefined, 'fallback')).toBe('fallback');
  });
  it('finds the source of a seed file by its number', () => {
    expect(seedSource('002_bb073862d974fbb5.txt', sources)?.id).toBe('seed-002');
    expect(seedSource('999_x.txt', sources)).toBeUndefined();
  });
  it("counts one publisher's two posts as one name, and names each corroborating source", () => {
    const v = describeProvenance(
      {
        source: 'found',
        provenance: {
          seedFiles: [],
          foundIn: ['sina-mirror-a', 'sina-mirror-b'],
          secondPublisher: 'fragments',
          corroboratedBy: [
            { source: 'panewslab', level: 'end of measure 3, verbatim (Traditional script)' },
            { source: 'gone', level: 'substance (English)' },
          ],
        },
      },
      sources,
    );
    expect(v.basis).toBe('found');
    expect(v.primary).toEqual([
      {
        name: '新浪财经 (Sina Finance)',
        count: 2,
        url: 'https://github.com/a',
        ids: ['sina-mirror-a', 'sina-mirror-b'],
      },
    ]);
    expect(v.second).toBe('fragments');
    expect(v.corroborators.map((c) => [c.name, c.level])).toEqual([
      ['t-www.panewslab.com', 'end of measure 3, verbatim (Traditional script)'],
      ['gone', 'substance (English)'],
    ]);
  });
  it('merges a seed file and a found copy by the same publisher; names unknown seed files by file', () => {
    const v = describeProvenance(
      {
        source: 'seed',
        provenance: {
          seedFiles: ['000_6c7e55f38a331076.txt', '777_unknown.txt'],
          foundIn: ['sina-mirror-a'],
          corroboratedBy: [],
          secondPublisher: 'verbatim',
        },
      },
      sources,
    );
    expect(v.primary.map((g) => [g.name, g.count])).toEqual([
      ['新浪财经 (Sina Finance)', 2],
      ['777_unknown.txt', 1],
    ]);
    expect(v.second).toBe('verbatim');
  });
  it('says nothing it does not know when the API gives no provenance', () => {
    expect(describeProvenance({ source: 'admin' }, sources)).toEqual({
      basis: 'admin',
      primary: [],
      second: null,
      corroborators: [],
    });
    expect(describeProvenance({}, sources).basis).toBe('unknown');
  });
});

describe('source note beside the provenance list', () => {
  const note =
    'Corroborated by: sina-mirror-a (verbatim, with its numeral); panewslab (verbatim (Traditional script)). The seed gives this item without its numeral.';
  it('drops the corroboration list the page shows itself and keeps the rest', () => {
    expect(extraSourceNote(note, true)).toBe('The seed gives this item without its numeral.');
    expect(extraSourceNote('Corroborated by: a (verbatim).', true)).toBe('');
  });
  it('keeps the whole note when nothing is listed', () => {
    expect(extraSourceNote(note, false)).toBe(note);
    expect(extraSourceNote(null, true)).toBe('');
  });
});
