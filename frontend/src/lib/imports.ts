// Pure logic of the console's import page: which media type to send a file as, the server's
// per-row error report and result summary in shapes the page can show.
import type { ImportProblem, ImportResult, ImportRowError } from '@/api/types';

export type { ImportResult, ImportRowError, ImportRowResult } from '@/api/types';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The server's request body limit. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type ImportFileCheck =
  { ok: true; contentType: string } | { ok: false; reason: 'empty' | 'tooLarge' | 'xls' | 'type' };

/**
 * The media type to send a chosen file as, from its name first: browsers on Windows report .csv
 * files as application/vnd.ms-excel, and some report nothing at all.
 */
export function checkImportFile(file: { name: string; size: number; type?: string }): ImportFileCheck {
  const name = file.name.toLowerCase();
  if (file.size === 0) return { ok: false, reason: 'empty' };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, reason: 'tooLarge' };
  if (name.endsWith('.csv')) return { ok: true, contentType: CSV_TYPE };
  if (name.endsWith('.xlsx')) return { ok: true, contentType: XLSX_TYPE };
  if (name.endsWith('.xls')) return { ok: false, reason: 'xls' };
  if (file.type === CSV_TYPE || file.type === XLSX_TYPE) return { ok: true, contentType: file.type };
  return { ok: false, reason: 'type' };
}

export interface ImportReport {
  errorCount: number;
  errors: ImportRowError[];
}

/** The per-row report of a 422 answer (an ImportProblem), or null when the problem is another one. */
export function importReport(problem: ImportProblem | null | undefined): ImportReport | null {
  if (!problem?.errors) return null;
  const errors = [...problem.errors].sort((a, b) => a.row - b.row);
  return { errorCount: Math.max(problem.errorCount ?? errors.length, errors.length), errors };
}

/** How many distinct rows have problems. */
export function rowsWithErrors(report: ImportReport): number {
  return new Set(report.errors.map((e) => e.row)).size;
}

/** Whether an import would change anything (a dry run with only unchanged rows needs no import). */
export function changesAnything(result: ImportResult): boolean {
  return result.counts.created + result.counts.updated > 0;
}

/** The template's download link. */
export function templateUrl(format: 'csv' | 'xlsx'): string {
  return `/api/v1/imports/template?format=${format}`;
}
