// The pages' one HTTP layer: openapi-fetch clients typed by the paths generated from the server's
// OpenAPI document (schema.d.ts), so a path, a parameter or a body the server does not know fails the
// type-check. The public pages read as the public; the console sends its session cookie and CSRF token.
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema';
import type {
  ApiToken,
  AuditEntry,
  Burnup,
  CreatedToken,
  CreatedWebhook,
  DashboardSummary,
  Factor,
  ImportResult,
  LoginResult,
  Me,
  Reminder,
  Measure,
  MeasuresProgress,
  Milestone,
  MilestoneState,
  PageOf,
  Plan,
  Problem,
  Region,
  RegionWrite,
  StatusUpdate,
  StatusUpdateWrite,
  Task,
  TaskPatch,
  TaskRevision,
  TaskWrite,
  Timeline,
  TokenCreate,
  User,
  UserChange,
  UserCreate,
  Webhook,
  WebhookChange,
  WebhookCreate,
  WebhookDelivery,
} from './types';
import { asOfState, serverToday } from '@/lib/asOfStore';
import { clearSession, csrfToken, sessionMe } from '@/lib/session';
import { parseEtag } from '@/lib/console';

/** An error answered by the API (RFC 9457 problem) or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  /** the Retry-After header of a 429 or 503 */
  readonly retryAfter: string | null;
  constructor(status: number, message: string, problem: Problem | null = null, retryAfter: string | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

export type Query = Record<string, unknown>;

/** The query string the API takes: empty values dropped, lists comma-joined, and the asOf date if any. */
export function queryString(query: Query, asOf: string | null): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    params.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  if (asOf) params.set('asOf', asOf);
  return params.toString();
}

/** A network failure becomes ApiError 0, an error answer an ApiError with its problem. */
const errors: Middleware = {
  onError({ error }) {
    if ((error as Error | null)?.name === 'AbortError') return error as Error;
    return new ApiError(0, 'network');
  },
  async onResponse({ response }) {
    if (response.ok) return undefined;
    let problem: Problem | null = null;
    try {
      if ((response.headers.get('content-type') ?? '').includes('json')) problem = (await response.json()) as Problem;
    } catch {
      problem = null;
    }
    const message = problem?.detail || problem?.title || response.statusText || String(response.status);
    throw new ApiError(response.status, message, problem, response.headers.get('Retry-After'));
  },
};

// credentials omitted: the public pages read as the public, also while the console is signed in
const publicClient = createClient<paths>({
  headers: { Accept: 'application/json' },
  credentials: 'omit',
  querySerializer: (q) => queryString(q, asOfState.value),
});
publicClient.use(errors);

// the console never carries asOf
const consoleOptions = {
  headers: { Accept: 'application/json' },
  credentials: 'same-origin',
  querySerializer: (q: Query) => queryString(q, null),
} as const;
/** The sign-in call: no CSRF token yet, and a 401 there means bad credentials. */
const signInClient = createClient<paths>(consoleOptions);
signInClient.use(errors);
const consoleClient = createClient<paths>(consoleOptions);
consoleClient.use(errors, {
  // on every call, not only writes: the server then answers 401 at once when the session has ended
  onRequest({ request }) {
    const csrf = csrfToken.value;
    if (csrf) request.headers.set('X-CSRF-Token', csrf);
    return request;
  },
});

type Schemas = components['schemas'];
type Sent = Promise<{ data?: unknown; response: Response }>;

/**
 * The generated response types mark no field as required; the aliases in types.ts name what the
 * server always sends, so the answer is taken as T here, in one place.
 */
async function read<T>(call: Sent): Promise<T> {
  const { data } = await call;
  const today = (data as { today?: unknown } | null | undefined)?.today;
  if (typeof today === 'string') serverToday.value = today;
  return data as T;
}

let onUnauthorized: (() => void) | null = null;
/** Called when a signed-in call answers 401 (expired or revoked session); set by the router. */
export function setUnauthorizedHandler(fn: () => void) {
  onUnauthorized = fn;
}

export interface Answer<T> {
  data: T;
  /** from the ETag, else the body's version */
  version: number | null;
}

/** A signed-in call; a 401 from a session that was signed in ends that session here. */
async function answer<T>(call: () => Sent): Promise<Answer<T>> {
  const me = sessionMe.value;
  try {
    const { data, response } = await call();
    const body = (data ?? null) as T;
    const fromBody = (body as { version?: unknown } | null)?.version;
    const version = parseEtag(response.headers.get('ETag')) ?? (typeof fromBody === 'number' ? fromBody : null);
    return { data: body, version };
  } catch (e) {
    if (e instanceof ApiError && e.status === 401 && me && sessionMe.value === me) {
      clearSession('console.session.expired');
      onUnauthorized?.();
    }
    throw e;
  }
}
const data = <T>(call: () => Sent) => answer<T>(call).then((a) => a.data);

/** The If-Match header of a write based on a version seen, or none. */
function ifMatch(version: number | null | undefined): Record<string, string> {
  return version === undefined || version === null ? {} : { 'If-Match': `"${version}"` };
}

/** The same, where the document declares If-Match a header parameter (a region's PUT may have no version). */
const ifMatchParam = (version: number | null | undefined) => ifMatch(version) as { 'If-Match': string };

export type TaskQuery = Omit<
  NonNullable<operations['listTasks']['parameters']['query']>,
  'region' | 'status' | 'asOf'
> & {
  /** one code or several (comma-joined); none for all regions */
  region?: string | string[];
  status?: string;
};
type AuditQuery = NonNullable<operations['listAuditEvents']['parameters']['query']>;
type DeliveryQuery = NonNullable<operations['listWebhookDeliveries']['parameters']['query']>;
type TimelineQuery = NonNullable<operations['getDashboardTimeline']['parameters']['query']>;

const c = publicClient;
export const api = {
  plan: (signal?: AbortSignal) => read<Plan>(c.GET('/api/v1/plan', { signal })),
  milestones: (signal?: AbortSignal) => read<Milestone[]>(c.GET('/api/v1/milestones', { signal })),
  factors: (signal?: AbortSignal) => read<Factor[]>(c.GET('/api/v1/factors', { signal })),
  measures: (query: { factor?: string; item?: number; kind?: string } = {}, signal?: AbortSignal) =>
    read<Measure[]>(c.GET('/api/v1/measures', { params: { query: query as never }, signal })),
  regions: (signal?: AbortSignal) => read<Region[]>(c.GET('/api/v1/regions', { signal })),
  region: (code: string, signal?: AbortSignal) =>
    read<Region>(c.GET('/api/v1/regions/{code}', { params: { path: { code } }, signal })),
  tasks: (query: TaskQuery = {}, signal?: AbortSignal) =>
    read<PageOf<Task>>(c.GET('/api/v1/tasks', { params: { query: query as never }, signal })),
  /** Every task matching the filters, page by page (200 a page). */
  async allTasks(query: TaskQuery = {}, signal?: AbortSignal): Promise<Task[]> {
    const out: Task[] = [];
    for (let page = 0; page < 50; page++) {
      const p = await api.tasks({ ...query, page, size: 200 }, signal);
      out.push(...p.items);
      if (page + 1 >= p.totalPages) break;
    }
    return out;
  },
  measure: (code: string, signal?: AbortSignal) =>
    read<Measure>(c.GET('/api/v1/measures/{code}', { params: { path: { code } }, signal })),
  task: (id: string | number, signal?: AbortSignal) =>
    read<Task>(c.GET('/api/v1/tasks/{id}', { params: { path: { id: Number(id) } }, signal })),
  taskUpdates: (id: string | number, signal?: AbortSignal) =>
    read<StatusUpdate[]>(c.GET('/api/v1/tasks/{id}/updates', { params: { path: { id: Number(id) } }, signal })),
  taskRevisions: (id: string | number, signal?: AbortSignal) =>
    read<TaskRevision[]>(c.GET('/api/v1/tasks/{id}/revisions', { params: { path: { id: Number(id) } }, signal })),
  summary: (signal?: AbortSignal) => read<DashboardSummary>(c.GET('/api/v1/dashboard/summary', { signal })),
  /** Per measure, the regions with tasks on it and how far they are. */
  measureProgress: (query: { demo?: boolean } = {}, signal?: AbortSignal) =>
    read<MeasuresProgress>(c.GET('/api/v1/dashboard/measures', { params: { query }, signal })),
  timeline: (query: TimelineQuery = {}, signal?: AbortSignal) =>
    read<Timeline>(c.GET('/api/v1/dashboard/timeline', { params: { query }, signal })),
  burnup: (query: { region?: string } = {}, signal?: AbortSignal) =>
    read<Burnup>(c.GET('/api/v1/dashboard/burnup', { params: { query }, signal })),
};

const s = consoleClient;
const id = (n: string | number) => ({ id: Number(n) });
export const consoleApi = {
  login: (username: string, password: string) =>
    signInClient
      .POST('/api/v1/auth/login', { body: { username, password, cookie: true } })
      .then((r) => r.data as LoginResult),
  logout: () => data<null>(() => s.POST('/api/v1/auth/logout')),
  logoutEverywhere: () => data<null>(() => s.POST('/api/v1/auth/logout-everywhere')),
  me: () => data<Me>(() => s.GET('/api/v1/me')),
  /** the signed-in user, or null (204): asked after a reload, so a signed-out page logs no error */
  session: () => data<Me | null>(() => s.GET('/api/v1/auth/session')),
  tasks: (query: TaskQuery, signal?: AbortSignal) =>
    data<PageOf<Task>>(() => s.GET('/api/v1/tasks', { params: { query: query as never }, signal })),
  /** Every task matching the filters, page by page (200 a page). */
  async allTasks(query: TaskQuery, signal?: AbortSignal): Promise<Task[]> {
    const out: Task[] = [];
    for (let page = 0; page < 50; page++) {
      const p = await consoleApi.tasks({ ...query, page, size: 200 }, signal);
      out.push(...p.items);
      if (page + 1 >= p.totalPages) break;
    }
    return out;
  },
  task: (taskId: string | number, signal?: AbortSignal) =>
    answer<Task>(() => s.GET('/api/v1/tasks/{id}', { params: { path: id(taskId) }, signal })),
  createTask: (body: TaskWrite) => answer<Task>(() => s.POST('/api/v1/tasks', { body })),
  patchTask: (taskId: string | number, version: number, body: TaskPatch) =>
    answer<Task>(() =>
      s.PATCH('/api/v1/tasks/{id}', {
        params: { path: id(taskId), header: ifMatchParam(version) },
        body: body as Schemas['TaskPatch'],
        headers: { 'Content-Type': 'application/merge-patch+json' },
      }),
    ),
  postUpdate: (taskId: string | number, body: StatusUpdateWrite, version?: number | null) =>
    data<StatusUpdate>(() =>
      s.POST('/api/v1/tasks/{id}/updates', { params: { path: id(taskId), header: ifMatchParam(version) }, body }),
    ),
  regions: () => data<Region[]>(() => s.GET('/api/v1/regions')),
  region: (code: string) => answer<Region>(() => s.GET('/api/v1/regions/{code}', { params: { path: { code } } })),
  createRegion: (body: RegionWrite) =>
    data<Region>(() => s.POST('/api/v1/regions', { body: body as Schemas['RegionWrite'] })),
  putRegion: (code: string, version: number | null, body: RegionWrite) =>
    data<Region>(() =>
      s.PUT('/api/v1/regions/{code}', {
        params: { path: { code }, header: ifMatchParam(version) },
        body: body as Schemas['RegionWrite'],
      }),
    ),
  deleteRegion: (code: string, version: number | null) =>
    data<null>(() => s.DELETE('/api/v1/regions/{code}', { params: { path: { code }, header: ifMatchParam(version) } })),
  users: (page = 0, size = 50) =>
    data<PageOf<User>>(() => s.GET('/api/v1/users', { params: { query: { page, size } } })),
  createUser: (body: UserCreate) => data<User>(() => s.POST('/api/v1/users', { body })),
  patchUser: (userId: number, version: number, body: UserChange) =>
    data<User>(() =>
      s.PATCH('/api/v1/users/{id}', {
        params: { path: id(userId), header: ifMatchParam(version) },
        body: body as Schemas['UserChange'],
      }),
    ),
  deleteUser: (userId: number, version: number) =>
    data<null>(() => s.DELETE('/api/v1/users/{id}', { params: { path: id(userId), header: ifMatchParam(version) } })),
  tokens: (all: boolean) =>
    data<ApiToken[]>(() => s.GET('/api/v1/tokens', { params: { query: { all: all || undefined } } })),
  createToken: (body: TokenCreate) => data<CreatedToken>(() => s.POST('/api/v1/tokens', { body })),
  revokeToken: (tokenId: number) =>
    data<null>(() => s.DELETE('/api/v1/tokens/{id}', { params: { path: id(tokenId) } })),
  overrideMilestone: (code: string, status: MilestoneState, reason: string) =>
    data<unknown>(() =>
      s.PUT('/api/v1/milestones/{code}/override', { params: { path: { code } }, body: { status, reason } }),
    ),
  clearOverride: (code: string) =>
    data<null>(() => s.DELETE('/api/v1/milestones/{code}/override', { params: { path: { code } } })),
  audit: (query: AuditQuery) => data<PageOf<AuditEntry>>(() => s.GET('/api/v1/audit', { params: { query } })),
  webhooks: () => data<Webhook[]>(() => s.GET('/api/v1/webhooks')),
  createWebhook: (body: WebhookCreate) => data<CreatedWebhook>(() => s.POST('/api/v1/webhooks', { body })),
  patchWebhook: (hookId: number, version: number, body: WebhookChange) =>
    data<Webhook>(() =>
      s.PATCH('/api/v1/webhooks/{id}', {
        params: { path: id(hookId), header: ifMatchParam(version) },
        body: body as Schemas['WebhookChange'],
      }),
    ),
  deleteWebhook: (hookId: number, version: number) =>
    data<null>(() =>
      s.DELETE('/api/v1/webhooks/{id}', { params: { path: id(hookId), header: ifMatchParam(version) } }),
    ),
  webhookDeliveries: (hookId: number, query: DeliveryQuery) =>
    data<PageOf<WebhookDelivery>>(() =>
      s.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: id(hookId), query } }),
    ),
  retryDelivery: (hookId: number, deliveryId: number) =>
    data<WebhookDelivery>(() =>
      s.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry', { params: { path: { id: hookId, deliveryId } } }),
    ),
  pingWebhook: (hookId: number) =>
    data<WebhookDelivery>(() => s.POST('/api/v1/webhooks/{id}/ping', { params: { path: id(hookId) } })),
  reminders: (query: { unread?: boolean; page?: number; size?: number }) =>
    data<PageOf<Reminder>>(() => s.GET('/api/v1/reminders', { params: { query: query as never } })),
  unreadReminders: () => data<{ unread?: number }>(() => s.GET('/api/v1/reminders/count')),
  markReminderRead: (reminderId: number) =>
    data<null>(() => s.POST('/api/v1/reminders/{id}/read', { params: { path: id(reminderId) } })),
  markAllRemindersRead: () => data<null>(() => s.POST('/api/v1/reminders/read-all')),
  setEmailReminders: (enabled: boolean) => data<Me>(() => s.PUT('/api/v1/me/email-reminders', { body: { enabled } })),
  /** A file sent as it is, as its media type (CSV or XLSX). */
  importFile: (file: Blob, contentType: string, dryRun: boolean) =>
    data<ImportResult>(() =>
      s.POST('/api/v1/imports', {
        params: { query: { dryRun: dryRun || undefined } },
        body: file as unknown as string,
        bodySerializer: (b: unknown) => b as BodyInit,
        headers: { 'Content-Type': contentType },
      }),
    ),
};
