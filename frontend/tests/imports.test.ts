import { describe, expect, it } from 'vitest';
import {
  CSV_TYPE,
  MAX_IMPORT_BYTES,
  XLSX_TYPE,
  changesAnything,
  checkImportFile,
  importReport,
  rowsWithErrors,
  templateUrl,
  type ImportResult,
} from '@/lib/imports';

describe('checkImportFile', () => {
  it('decides the media type by the file name first', () => {
    // Windows browsers call a .csv file application/vnd.ms-excel
    expect(checkImportFile({ name: '进展.CSV', size: 10, type: 'application/vnd.ms-excel' })).toEqual({
      ok: true,
      contentType: CSV_TYPE,
    });
    expect(checkImportFile({ name: 'tasks.xlsx', size: 10, type: '' })).toEqual({ ok: true, contentType: XLSX_TYPE });
    expect(checkImportFile({ name: 'noext', size: 10, type: XLSX_TYPE })).toEqual({ ok: true, contentType: XLSX_TYPE });
  });
  it('refuses empty, too large, old .xls and other files before sending', () => {
    expect(checkImportFile({ name: 'a.csv', size: 0 })).toEqual({ ok: false, reason: 'empty' });
    expect(checkImportFile({ name: 'a.csv', size: MAX_IMPORT_BYTES + 1 })).toEqual({ ok: false, reason: 'tooLarge' });
    expect(checkImportFile({ name: 'a.csv', size: MAX_IMPORT_BYTES })).toEqual({ ok: true, contentType: CSV_TYPE });
    expect(checkImportFile({ name: 'old.xls', size: 10 })).toEqual({ ok: false, reason: 'xls' });
    expect(checkImportFile({ name: 'notes.pdf', size: 10, type: 'application/pdf' })).toEqual({
      ok: false,
      reason: 'type',
    });
  });
});

describe('importReport', () => {
  it('reads the per-row errors of a 422 answer, sorted by row', () => {
    const report = importReport({
      type: 'urn:pilotboard:problem:import-rejected',
      status: 422,
      errorCount: 3,
      errors: [
        { row: 5, column: '状态 status', field: 'status', message: "'done' is not a status" },
        { row: 2, message: 'cell P2 has no column heading' },
        { row: 5, column: '进度 progress', field: 'progress', message: 'not a whole number' },
      ],
    });
    expect(report?.errorCount).toBe(3);
    expect(report?.errors.map((e) => e.row)).toEqual([2, 5, 5]);
    expect(report?.errors[0]).toEqual({ row: 2, message: 'cell P2 has no column heading' });
    expect(rowsWithErrors(report!)).toBe(2);
  });
  it('is null for other problems', () => {
    expect(importReport({ status: 400, detail: 'Malformed CSV' })).toBeNull();
    expect(importReport(null)).toBeNull();
  });
  it('counts more problems than listed', () => {
    expect(importReport({ errorCount: 900, errors: [{ row: 2, message: 'x' }] })?.errorCount).toBe(900);
  });
});

describe('results', () => {
  const result = (created: number, updated: number, unchanged: number): ImportResult => ({
    dryRun: true,
    rows: created + updated + unchanged,
    counts: { created, updated, unchanged },
    results: [],
  });
  it('knows whether an import would change anything', () => {
    expect(changesAnything(result(1, 0, 2))).toBe(true);
    expect(changesAnything(result(0, 1, 0))).toBe(true);
    expect(changesAnything(result(0, 0, 3))).toBe(false);
  });
  it('links the templates', () => {
    expect(templateUrl('csv')).toBe('/api/v1/imports/template?format=csv');
    expect(templateUrl('xlsx')).toBe('/api/v1/imports/template?format=xlsx');
  });
});
