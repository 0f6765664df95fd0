import { describe, expect, it } from 'vitest';
import {
  checkPlannedDates,
  conflictDiff,
  datesChanged,
  evidenceUrlError,
  mergePatch,
  parseEtag,
  passwordProblem,
  quickUpdateBody,
  reapply,
  safeRedirect,
  toForm,
  validateQuickUpdate,
  ALL_REGIONS,
  defaultRegionChoice,
  regionParam,
  taskTally,
  clearFixed,
  quickUpdateChecks,
  violationsToFields,
} from '@/lib/console';

describe('violationsToFields', () => {
  it('maps server paths to form keys', () => {
    const out = violationsToFields(
      [
        { field: 'evidence[0].url', in: 'body', message: 'must be an http or https URL' },
        { field: 'postUpdate.body.comment', message: 'required' },
        { field: 'unknownThing', message: 'bad' },
      ],
      ['comment', 'evidence.0.url', 'progress'],
    );
    expect(out['evidence.0.url']).toBe('must be an http or https URL');
    expect(out.comment).toBe('required');
    expect(out._form).toBe('unknownThing: bad');
  });
  it('joins several messages for one field and accepts none', () => {
    expect(
      violationsToFields(
        [
          { field: 'a', message: 'x' },
          { field: 'a', message: 'y' },
        ],
        ['a'],
      ).a,
    ).toBe('x; y');
    expect(violationsToFields(undefined, ['a'])).toEqual({});
  });
});

describe('evidence URLs and quick updates', () => {
  it('accepts only http(s)', () => {
    expect(evidenceUrlError('https://example.gov.cn/a')).toBe('');
    expect(evidenceUrlError('http://x.cn')).toBe('');
    expect(evidenceUrlError('javascript:alert(1)')).toBe('evidenceUrl');
    expect(evidenceUrlError('ftp://x')).toBe('evidenceUrl');
    expect(evidenceUrlError('')).toBe('');
  });
  const base = { status: 'in_progress' as const, progress: 50, comment: '', evidence: [{ url: '', label: '' }] };
  it('needs a comment for delayed and suspended', () => {
    expect(validateQuickUpdate({ ...base, status: 'delayed' }).comment).toBe('commentRequired');
    expect(validateQuickUpdate({ ...base, status: 'suspended', comment: '  ' }).comment).toBe('commentRequired');
    expect(validateQuickUpdate({ ...base, status: 'delayed', comment: 'why' })).toEqual({});
  });
  it('checks progress against the status', () => {
    expect(validateQuickUpdate({ ...base, progress: 100 }).progress).toBe('progressInProgress');
    expect(validateQuickUpdate({ ...base, status: 'not_started', progress: 5 }).progress).toBe('progressNotStarted');
    expect(validateQuickUpdate({ ...base, progress: 101 }).progress).toBe('progressRange');
    expect(validateQuickUpdate({ ...base, progress: 2.5 }).progress).toBe('progressRange');
  });
  it('needs evidence to complete, and rejects bad links', () => {
    const done = { ...base, status: 'completed' as const, progress: 100 };
    expect(validateQuickUpdate(done).evidence).toBe('evidenceRequired');
    expect(validateQuickUpdate({ ...done, evidence: [{ url: 'https://a.cn', label: '' }] })).toEqual({});
    expect(validateQuickUpdate({ ...base, evidence: [{ url: 'javascript:x', label: 'l' }] })['evidence.0.url']).toBe(
      'evidenceUrl',
    );
    expect(validateQuickUpdate({ ...base, evidence: [{ url: '', label: 'l' }] })['evidence.0.url']).toBe(
      'evidenceUrlMissing',
    );
  });
  it('builds the body without empty parts', () => {
    expect(
      quickUpdateBody({
        ...base,
        comment: '<img src=x onerror=alert(1)>',
        evidence: [
          { url: ' https://a.cn ', label: 'doc' },
          { url: '', label: '' },
        ],
      }),
    ).toEqual({
      status: 'in_progress',
      progress: 50,
      comment: '<img src=x onerror=alert(1)>',
      evidence: [{ url: 'https://a.cn', label: 'doc' }],
    });
    expect(quickUpdateBody({ ...base, status: 'completed', progress: '' })).toEqual({
      status: 'completed',
      progress: 100,
    });
  });
});

describe('checkPlannedDates', () => {
  it('refuses an end before the start', () => {
    expect(checkPlannedDates('2023-05-01', '2023-04-30').errors.plannedEnd).toBe('endBeforeStart');
    expect(checkPlannedDates('2023-05-01', '2023-05-01').errors).toEqual({});
    expect(checkPlannedDates('', '2023-05-01').errors.plannedStart).toBe('required');
  });
  it("warns outside the region's pilot term only, not outside 2021-2025", () => {
    expect(checkPlannedDates('2020-12-31', '2023-01-01').warnings).toEqual([]);
    expect(
      checkPlannedDates('2025-10-01', '2027-06-30', { approvedOn: '2025-09-11', termEnd: '2027-09-10' }).warnings,
    ).toEqual([]);
    expect(
      checkPlannedDates('2025-10-01', '2027-12-31', { approvedOn: '2025-09-11', termEnd: '2027-09-10' }).warnings,
    ).toEqual(['outsideTerm']);
    const ctx = { approvedOn: '2022-03-01', termEnd: '2024-12-31' };
    expect(checkPlannedDates('2022-01-01', '2023-01-01', ctx).warnings).toEqual(['outsideTerm']);
    expect(checkPlannedDates('2022-04-01', '2025-06-30', ctx).warnings).toEqual(['outsideTerm']);
    expect(checkPlannedDates('2022-04-01', '2024-06-30', ctx).warnings).toEqual([]);
  });
});

describe('conflicts', () => {
  const original = toForm({
    titleZh: 'A',
    responsibleUnit: 'U',
    plannedStart: '2022-01-01',
    plannedEnd: '2022-12-31',
    titleEn: null,
  });
  it('builds a merge patch of the changed fields only', () => {
    const edited = { ...original, titleZh: 'B', titleEn: '' };
    expect(mergePatch(original, edited)).toEqual({ titleZh: 'B' });
    expect(mergePatch(original, { ...original, responsibleUnit: '' })).toEqual({ responsibleUnit: null });
    expect(datesChanged(original, edited)).toBe(false);
    expect(datesChanged(original, { ...original, plannedEnd: '2023-01-01' })).toBe(true);
  });
  it('diffs field by field and flags clashes', () => {
    const mine = { ...original, titleZh: 'Mine', plannedEnd: '2023-06-30' };
    const theirs = { ...original, titleZh: 'Theirs', responsibleUnit: 'V' };
    const rows = conflictDiff(original, mine, theirs);
    expect(rows.map((r) => r.field)).toEqual(['titleZh', 'responsibleUnit', 'plannedEnd']);
    expect(rows[0]).toMatchObject({ original: 'A', mine: 'Mine', theirs: 'Theirs', clash: true });
    expect(rows[1]).toMatchObject({ mineChanged: false, theirsChanged: true, clash: false });
    expect(rows[2]).toMatchObject({ mineChanged: true, theirsChanged: false, clash: false });
  });
  it('re-applies my changes on their version', () => {
    const mine = { ...original, titleZh: 'Mine' };
    const theirs = { ...original, responsibleUnit: 'V' };
    const next = reapply(original, mine, theirs);
    expect(next.titleZh).toBe('Mine');
    expect(next.responsibleUnit).toBe('V');
    expect(mergePatch(theirs, next)).toEqual({ titleZh: 'Mine' });
  });
  it('reads ETags', () => {
    expect(parseEtag('"7"')).toBe(7);
    expect(parseEtag('W/"12"')).toBe(12);
    expect(parseEtag(null)).toBeNull();
  });
});

describe('passwords and redirects', () => {
  it('mirrors the password rules', () => {
    expect(passwordProblem('short', 'u')).toBe('pwShort');
    expect(passwordProblem('aaaaaaaaaaaa', 'u')).toBe('pwDistinct');
    expect(passwordProblem('xx-Official-2026', 'official')).toBe('pwUsername');
    expect(passwordProblem('Str0ng-Passw0rd!', 'alice')).toBe('');
  });
  it('redirects only inside the site', () => {
    expect(safeRedirect('/console/tasks/3/edit')).toBe('/console/tasks/3/edit');
    expect(safeRedirect('//evil.example')).toBe('/console');
    expect(safeRedirect('https://evil.example')).toBe('/console');
    expect(safeRedirect(undefined)).toBe('/console');
    expect(safeRedirect('/console/sign-in?redirect=x')).toBe('/console');
  });
});

describe('clearFixed', () => {
  const fresh = (evidence: { url: string; label: string }[]) =>
    validateQuickUpdate({ status: 'completed', progress: 100, comment: '', evidence });
  it('drops "completed needs evidence" once evidence is added', () => {
    const shown = fresh([{ url: '', label: '' }]);
    expect(shown.evidence).toBe('evidenceRequired');
    const after = clearFixed(shown, fresh([{ url: 'https://www.gov.cn/a.htm', label: '' }]), quickUpdateChecks);
    expect(after).toEqual({});
  });
  it("keeps what is still wrong and the server's own messages, and adds nothing new before a save", () => {
    const shown = { evidence: 'evidenceRequired', _form: 'server said no' };
    const now = { evidence: 'evidenceRequired', comment: 'commentRequired' };
    expect(clearFixed(shown, now, quickUpdateChecks)).toEqual({
      evidence: 'evidenceRequired',
      _form: 'server said no',
    });
  });
});

describe('my tasks across regions', () => {
  it('starts on all regions for an admin or an official with several, else on the one region', () => {
    expect(defaultRegionChoice(['chengdu', 'chongqing'])).toBe(ALL_REGIONS);
    expect(defaultRegionChoice(['chengdu'])).toBe('chengdu');
    expect(defaultRegionChoice([])).toBe('');
  });
  it("asks for every region (admin), the official's own regions, or the one chosen", () => {
    expect(regionParam(ALL_REGIONS, ['a', 'b'], true)).toBeUndefined();
    expect(regionParam(ALL_REGIONS, ['a', 'b'], false)).toEqual(['a', 'b']);
    expect(regionParam('b', ['a', 'b'], false)).toBe('b');
  });
  it('counts overdue and stale tasks', () => {
    expect(taskTally([{ overdue: true, stale: true }, { stale: true }, {}])).toEqual({ n: 3, overdue: 1, stale: 2 });
  });
});
