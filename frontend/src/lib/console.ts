// Pure logic of the officials' console: validation, violation mapping, conflict diff and re-apply.
import { safeHttpUrl } from './safe';
import { TASK_STATUSES, type StatusUpdateWrite, type TaskStatus } from '@/api/types';

export type FieldErrors = Record<string, string>;

export interface Violation {
  field?: string;
  in?: string;
  message?: string;
}

/**
 * Maps server violations to form field keys. Field paths such as `body.comment`,
 * `createTask.arg0.comment` or `evidence[0].url` are reduced to the form's own keys
 * (`comment`, `evidence.0.url`); known is the list of keys the form shows, others go to `_form`.
 */
export function violationsToFields(violations: Violation[] | undefined | null, known: string[]): FieldErrors {
  const out: FieldErrors = {};
  for (const v of violations ?? []) {
    const raw = (v.field ?? '').replace(/\[(\d+)\]/g, '.$1');
    const parts = raw.split('.').filter(Boolean);
    let key = '_form';
    // try the longest suffix that is a known key
    for (let i = 0; i < parts.length; i++) {
      const candidate = parts.slice(i).join('.');
      if (known.includes(candidate)) {
        key = candidate;
        break;
      }
    }
    const msg = v.message ?? '';
    const text = key === '_form' && v.field ? `${v.field}: ${msg}` : msg;
    out[key] = out[key] ? `${out[key]}; ${text}` : text;
  }
  return out;
}

export interface EvidenceInput {
  url: string;
  label: string;
}

/** '' for an acceptable evidence URL (http/https), else an error key. Empty URL is allowed only if label is empty too. */
export function evidenceUrlError(url: string): '' | 'evidenceUrl' {
  if (!url.trim()) return '';
  return safeHttpUrl(url) ? '' : 'evidenceUrl';
}

export const STATUSES = TASK_STATUSES;
export type UpdateStatus = TaskStatus;

export interface QuickUpdateInput {
  status: UpdateStatus;
  progress: number | string | null;
  comment: string;
  evidence: EvidenceInput[];
}

/** Client-side checks mirroring the server's rules; keys are i18n keys under console.err. */
export function validateQuickUpdate(u: QuickUpdateInput): FieldErrors {
  const errors: FieldErrors = {};
  const p = u.progress === '' || u.progress === null ? null : Number(u.progress);
  if (p !== null && (!Number.isInteger(p) || p < 0 || p > 100)) errors.progress = 'progressRange';
  else if (u.status === 'not_started' && p !== null && p !== 0) errors.progress = 'progressNotStarted';
  else if (u.status === 'in_progress' && p !== null && p >= 100) errors.progress = 'progressInProgress';
  else if (u.status === 'completed' && p !== null && p !== 100) errors.progress = 'progressCompleted';
  if ((u.status === 'delayed' || u.status === 'suspended') && !u.comment.trim()) errors.comment = 'commentRequired';
  u.evidence.forEach((e, i) => {
    const err = evidenceUrlError(e.url);
    if (err) errors[`evidence.${i}.url`] = err;
    else if (!e.url.trim() && e.label.trim()) errors[`evidence.${i}.url`] = 'evidenceUrlMissing';
  });
  const withUrl = u.evidence.filter((e) => e.url.trim());
  if (u.status === 'completed' && withUrl.length === 0) errors.evidence = 'evidenceRequired';
  return errors;
}

/** The request body of a quick update (empty parts left out). */
export function quickUpdateBody(u: QuickUpdateInput): StatusUpdateWrite {
  const body: StatusUpdateWrite = { status: u.status };
  if (u.progress !== '' && u.progress !== null) body.progress = Number(u.progress);
  else if (u.status === 'completed') body.progress = 100;
  else if (u.status === 'not_started') body.progress = 0;
  if (u.comment.trim()) body.comment = u.comment;
  const ev = u.evidence
    .filter((e) => e.url.trim())
    .map((e) => ({ url: e.url.trim(), ...(e.label.trim() ? { label: e.label.trim() } : {}) }));
  if (ev.length) body.evidence = ev;
  return body;
}

/** The region's pilot term (GET /regions/{code}: approval.approvedOn and approval.termEnd). */
export interface DateContext {
  approvedOn?: string | null;
  termEnd?: string | null;
}

export interface DateCheck {
  errors: FieldErrors;
  /** Need an explicit confirmation: i18n keys under console.warn */
  warnings: 'outsideTerm'[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Checks planned dates, and warns when they leave the region's pilot term (approval to term end). */
export function checkPlannedDates(start: string, end: string, ctx: DateContext = {}): DateCheck {
  const errors: FieldErrors = {};
  const warnings: DateCheck['warnings'] = [];
  if (!start) errors.plannedStart = 'required';
  else if (!ISO.test(start)) errors.plannedStart = 'date';
  if (!end) errors.plannedEnd = 'required';
  else if (!ISO.test(end)) errors.plannedEnd = 'date';
  if (errors.plannedStart || errors.plannedEnd) return { errors, warnings };
  if (end < start) errors.plannedEnd = 'endBeforeStart';
  if ((ctx.approvedOn && start < ctx.approvedOn) || (ctx.termEnd && end > ctx.termEnd)) warnings.push('outsideTerm');
  return { errors, warnings };
}

/**
 * The messages still true after an edit: a shown message whose field the form checks itself goes
 * once a fresh check no longer finds it (e.g. the missing evidence was added); new messages wait
 * for the next save, and the server's other messages stay until then.
 */
export function clearFixed(
  shown: FieldErrors,
  fresh: FieldErrors,
  checksItself: (key: string) => boolean,
): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, msg] of Object.entries(shown)) {
    if (!checksItself(key)) out[key] = msg;
    else if (fresh[key]) out[key] = fresh[key];
  }
  return out;
}

/** The keys validateQuickUpdate sets. */
export function quickUpdateChecks(key: string): boolean {
  return ['progress', 'comment', 'evidence'].includes(key) || /^evidence\.\d+\.url$/.test(key);
}

/** The "all regions" choice of the console's task list. */
export const ALL_REGIONS = '*';

/** Where the task list starts: all of a user's regions when there are several (an admin has every region). */
export function defaultRegionChoice(myRegions: string[]): string {
  return myRegions.length > 1 ? ALL_REGIONS : (myRegions[0] ?? '');
}

/** The tasks list's region parameter for a choice: one region, the user's regions, or none (an admin: all). */
export function regionParam(choice: string, myRegions: string[], admin: boolean): string | string[] | undefined {
  if (choice !== ALL_REGIONS) return choice;
  return admin ? undefined : myRegions;
}

/** How many tasks, and how many of them overdue and stale. */
export function taskTally(tasks: { overdue?: boolean; stale?: boolean }[]): {
  n: number;
  overdue: number;
  stale: number;
} {
  return {
    n: tasks.length,
    overdue: tasks.filter((t) => t.overdue).length,
    stale: tasks.filter((t) => t.stale).length,
  };
}

/** Editable task fields (PATCH), in form order. */
export const TASK_FIELDS = [
  'measureCode',
  'milestoneCode',
  'titleZh',
  'titleEn',
  'descriptionZh',
  'descriptionEn',
  'responsibleUnit',
  'plannedStart',
  'plannedEnd',
  'implementationDocNumber',
  'implementationDocUrl',
  'internalNote',
] as const;
export type TaskField = (typeof TASK_FIELDS)[number];
export type TaskForm = Record<TaskField, string>;

export function toForm(task: Partial<Record<TaskField, unknown>> | null | undefined): TaskForm {
  const f = {} as TaskForm;
  for (const k of TASK_FIELDS) {
    const v = task?.[k];
    f[k] = v === null || v === undefined ? '' : String(v);
  }
  return f;
}

/** JSON merge patch of what changed between original and edited ('' means null). */
export function mergePatch(original: TaskForm, edited: TaskForm): Partial<Record<TaskField, string | null>> {
  const patch: Partial<Record<TaskField, string | null>> = {};
  for (const k of TASK_FIELDS) {
    if ((edited[k] ?? '') !== (original[k] ?? '')) patch[k] = edited[k] === '' ? null : edited[k];
  }
  return patch;
}

export function datesChanged(original: TaskForm, edited: TaskForm): boolean {
  return original.plannedStart !== edited.plannedStart || original.plannedEnd !== edited.plannedEnd;
}

export interface DiffRow {
  field: TaskField;
  original: string;
  mine: string;
  theirs: string;
  mineChanged: boolean;
  theirsChanged: boolean;
  /** both changed it, to different values */
  clash: boolean;
}

/** Field-by-field comparison after a 412: rows for every field that either side changed. */
export function conflictDiff(original: TaskForm, mine: TaskForm, theirs: TaskForm): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const field of TASK_FIELDS) {
    const o = original[field] ?? '';
    const m = mine[field] ?? '';
    const t = theirs[field] ?? '';
    const mineChanged = m !== o;
    const theirsChanged = t !== o;
    if (!mineChanged && !theirsChanged) continue;
    rows.push({
      field,
      original: o,
      mine: m,
      theirs: t,
      mineChanged,
      theirsChanged,
      clash: mineChanged && theirsChanged && m !== t,
    });
  }
  return rows;
}

/** My changes laid over their version: the form to save against the new version. */
export function reapply(original: TaskForm, mine: TaskForm, theirs: TaskForm): TaskForm {
  const out = { ...theirs };
  for (const k of TASK_FIELDS) if (mine[k] !== original[k]) out[k] = mine[k];
  return out;
}

/** ETag value ("3" or W/"3") to a version number, or null. */
export function parseEtag(etag: string | null | undefined): number | null {
  if (!etag) return null;
  const m = /"(\d+)"/.exec(etag) ?? /^(\d+)$/.exec(etag.trim());
  return m ? Number(m[1]) : null;
}

/** Checks a new user's password against the server's rules; returns an i18n key or ''. */
export function passwordProblem(password: string, username: string): '' | 'pwShort' | 'pwDistinct' | 'pwUsername' {
  if (password.length < 12) return 'pwShort';
  if (new Set(password).size < 5) return 'pwDistinct';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'pwUsername';
  return '';
}

/** Where to go after signing in: only same-site console/app paths, never another origin. */
export function safeRedirect(value: unknown, fallback = '/console'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return fallback;
  if (value.startsWith('/console/sign-in')) return fallback;
  return value;
}
