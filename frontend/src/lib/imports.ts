// Pure logic of the console's import page: which media type to send a file as, the server's
// per-row error report and result summary in shapes the page can show.

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The server's request body limit. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type ImportFileCheck =
  | { ok: true; contentType: string }
  | { ok: false; reason: 'empty' | 'tooLarge' | 'xls' | 'type' };

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

export interface ImportRowError {
  row: number;
  column: string | null;
  field: string | null;
  message: string;
}

export interface ImportReport {
  errorCount: number;
  errors: ImportRowError[];
}

/**
 * The per-row report of a 422 answer, or null when the body is not one. Values are kept as text
 * (shown escaped by Vue), anything malformed is dropped.
 */
export function importReport(problem: unknown): ImportReport | null {
  if (!problem || typeof problem !== 'object') return null;
  const p = problem as { errors?: unknown; errorCount?: unknown };
  if (!Array.isArray(p.errors)) return null;
  const errors: ImportRowError[] = [];
  for (const e of p.errors) {
    if (!e || typeof e !== 'object') continue;
    const x = e as Record<string, unknown>;
    if (typeof x.row !== 'number' || typeof x.message !== 'string') continue;
    errors.push({
      row: x.row,
      column: typeof x.column === 'string' ? x.column : null,
      field: typeof x.field === 'string' ? x.field : null,
      message: x.message,
    });
  }
  errors.sort((a, b) => a.row - b.row);
  const count = typeof p.errorCount === 'number' ? p.errorCount : errors.length;
  return { errorCount: Math.max(count, errors.length), errors };
}

/** How many distinct rows have problems. */
export function rowsWithErrors(report: ImportReport): number {
  return new Set(report.errors.map((e) => e.row)).size;
}

export type Outcome = 'created' | 'updated' | 'unchanged';

export interface ImportRowResult {
  row: number;
  kind: 'task' | 'update';
  outcome: Outcome;
  taskId?: number;
  regionCode?: string;
  externalKey?: string;
  updateKey?: string;
  updateId?: number;
}

export interface ImportResult {
  dryRun: boolean;
  rows: number;
  counts: Record<Outcome, number>;
  results: ImportRowResult[];
}

/** Whether an import would change anything (a dry run with only unchanged rows needs no import). */
export function changesAnything(result: ImportResult): boolean {
  return result.counts.created + result.counts.updated > 0;
}

/** The template's download link. */
export function templateUrl(format: 'csv' | 'xlsx'): string {
  return `/api/v1/imports/template?format=${format}`;
}
