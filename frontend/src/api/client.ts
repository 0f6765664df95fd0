import type {
  Burnup, DashboardSummary, Factor, Measure, MeasuresProgress, Milestone, PageOf, Plan, Problem, Region,
  StatusUpdate, Task, TaskRevision, Timeline,
} from './types';
import { asOfState, serverToday } from '@/lib/asOfStore';

/** An error answered by the API (RFC 9457 problem) or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  constructor(status: number, message: string, problem: Problem | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined | string[]>;

/** Builds `/api/v1/<path>?…`, dropping empty values and adding the global asOf date. */
export function buildUrl(path: string, query: Query = {}, asOf: string | null = asOfState.value): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    params.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  if (asOf) params.set('asOf', asOf);
  const qs = params.toString();
  return `/api/v1/${path.replace(/^\/+/, '')}${qs ? `?${qs}` : ''}`;
}

async function get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    // credentials omitted: the public pages read as the public, also while the console is signed in
    res = await fetch(buildUrl(path, query), { headers: { Accept: 'application/json' }, signal, credentials: 'omit' });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network');
  }
  if (!res.ok) {
    let problem: Problem | null = null;
    try {
      const ct = res.headers.get('content-type') ?? '';
      if (ct.includes('json')) problem = (await res.json()) as Problem;
    } catch {
      problem = null;
    }
    throw new ApiError(res.status, problem?.detail || problem?.title || res.statusText || String(res.status), problem);
  }
  const body = (await res.json()) as T;
  const today = (body as { today?: unknown } | null)?.today;
  if (typeof today === 'string') serverToday.value = today;
  return body;
}

/** Like get, but a 404 (endpoint or record not there) gives null instead of an error. */
async function getOptional<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T | null> {
  try {
    return await get<T>(path, query, signal);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 405 || e.status === 501)) return null;
    throw e;
  }
}

export interface TaskQuery extends Query {
  region?: string;
  factor?: string;
  measure?: string;
  milestone?: string;
  status?: string;
  overdue?: boolean;
  stale?: boolean;
  q?: string;
  sort?: string;
  page?: number;
  size?: number;
}

export const api = {
  plan: (s?: AbortSignal) => get<Plan>('plan', {}, s),
  milestones: (s?: AbortSignal) => get<Milestone[]>('milestones', {}, s),
  factors: (s?: AbortSignal) => get<Factor[]>('factors', {}, s),
  measures: (q: { factor?: string; item?: number; kind?: string } = {}, s?: AbortSignal) => get<Measure[]>('measures', q, s),
  measure: (code: string, s?: AbortSignal) => getOptional<Measure>(`measures/${encodeURIComponent(code)}`, {}, s),
  regions: (s?: AbortSignal) => get<Region[]>('regions', {}, s),
  region: (code: string, s?: AbortSignal) => get<Region>(`regions/${encodeURIComponent(code)}`, {}, s),
  tasks: (q: TaskQuery = {}, s?: AbortSignal) => get<PageOf<Task>>('tasks', q, s),
  /** Every task matching the filters, page by page (200 a page). */
  async allTasks(q: TaskQuery = {}, s?: AbortSignal): Promise<Task[]> {
    const out: Task[] = [];
    for (let page = 0; page < 50; page++) {
      const p = await get<PageOf<Task>>('tasks', { ...q, page, size: 200 }, s);
      out.push(...p.items);
      if (page + 1 >= p.totalPages) break;
    }
    return out;
  },
  task: (id: string | number, s?: AbortSignal) => get<Task>(`tasks/${encodeURIComponent(String(id))}`, {}, s),
  taskUpdates: (id: string | number, s?: AbortSignal) => get<StatusUpdate[]>(`tasks/${encodeURIComponent(String(id))}/updates`, {}, s),
  taskRevisions: (id: string | number, s?: AbortSignal) => getOptional<TaskRevision[]>(`tasks/${encodeURIComponent(String(id))}/revisions`, {}, s),
  summary: (s?: AbortSignal) => get<DashboardSummary>('dashboard/summary', {}, s),
  /** Per measure, the regions with tasks on it and how far they are. */
  measureProgress: (q: { demo?: boolean } = {}, s?: AbortSignal) => get<MeasuresProgress>('dashboard/measures', q, s),
  timeline: (q: { region?: string; factor?: string; milestone?: string; status?: string; limit?: number } = {}, s?: AbortSignal) =>
    get<Timeline>('dashboard/timeline', q, s),
  /** null until the backend ships the endpoint. */
  burnup: (q: { region?: string } = {}, s?: AbortSignal) => getOptional<Burnup>('dashboard/burnup', q, s),
};
