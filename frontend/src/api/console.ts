// Calls of the officials' console: the session cookie goes by itself, writes add its CSRF token; never carries asOf.
import { ApiError, buildUrl, type Query } from './client';
import type {
  ApiToken, AuditEntry, CreatedToken, LoginResult, Me, PageOf, Region, StatusUpdate, Task, User,
} from './types';
import type { CreatedWebhook, Webhook, WebhookDelivery } from './types';
import type { Problem } from './types';
import { clearSession, csrfToken, sessionMe } from '@/lib/session';
import { parseEtag } from '@/lib/console';
import type { ImportResult } from '@/lib/imports';

let onUnauthorized: (() => void) | null = null;
/** Called when a signed-in call answers 401 (expired or revoked session); set by the router. */
export function setUnauthorizedHandler(fn: () => void) {
  onUnauthorized = fn;
}

export interface CallOptions {
  query?: Query;
  body?: unknown;
  ifMatch?: number | string | null;
  contentType?: string;
  signal?: AbortSignal;
  /** the login call: a 401 there means bad credentials, not an expired session */
  anonymous?: boolean;
  /** a body sent as it is (a file), as contentType */
  raw?: Blob;
}

export interface Answer<T> {
  data: T;
  version: number | null;
}

export async function call<T>(method: string, path: string, opts: CallOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const csrf = csrfToken.value;
  // on every call, not only writes: the server then answers 401 at once when the session has ended
  if (csrf && !opts.anonymous) headers['X-CSRF-Token'] = csrf;
  const me = sessionMe.value;
  if (opts.body !== undefined || opts.raw !== undefined) headers['Content-Type'] = opts.contentType ?? 'application/json';
  if (opts.ifMatch !== undefined && opts.ifMatch !== null) headers['If-Match'] = `"${opts.ifMatch}"`;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query ?? {}, null), {
      method,
      headers,
      body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
      signal: opts.signal,
      credentials: 'same-origin',
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network');
  }
  if (!res.ok) {
    let problem: Problem | null = null;
    try {
      if ((res.headers.get('content-type') ?? '').includes('json')) problem = (await res.json()) as Problem;
    } catch {
      problem = null;
    }
    if (res.status === 401 && me && !opts.anonymous && sessionMe.value === me) {
      clearSession('console.session.expired');
      onUnauthorized?.();
    }
    const err = new ApiError(res.status, problem?.detail || problem?.title || res.statusText || String(res.status), problem);
    (err as ApiError & { retryAfter?: string | null }).retryAfter = res.headers.get('Retry-After');
    throw err;
  }
  const text = res.status === 204 ? '' : await res.text();
  const data = (text ? JSON.parse(text) : null) as T;
  const fromBody = (data as { version?: unknown } | null)?.version;
  const version = parseEtag(res.headers.get('ETag')) ?? (typeof fromBody === 'number' ? fromBody : null);
  return { data, version };
}

const enc = encodeURIComponent;
const data = <T>(p: Promise<Answer<T>>) => p.then((a) => a.data);

export const consoleApi = {
  login: (username: string, password: string) =>
    data(call<LoginResult>('POST', 'auth/login', { body: { username, password, cookie: true }, anonymous: true })),
  logout: () => data(call<null>('POST', 'auth/logout')),
  logoutEverywhere: () => data(call<null>('POST', 'auth/logout-everywhere')),
  me: () => data(call<Me>('GET', 'me')),
  /** the signed-in user, or null (204): asked after a reload, so a signed-out page logs no error */
  session: () => data(call<Me | null>('GET', 'auth/session')),
  tasks: (q: Query, signal?: AbortSignal) => data(call<PageOf<Task>>('GET', 'tasks', { query: q, signal })),
  task: (id: string | number, signal?: AbortSignal) => call<Task>('GET', `tasks/${enc(String(id))}`, { signal }),
  createTask: (body: Record<string, unknown>) => call<Task>('POST', 'tasks', { body }),
  patchTask: (id: string | number, version: number, body: Record<string, unknown>) =>
    call<Task>('PATCH', `tasks/${enc(String(id))}`, { body, ifMatch: version, contentType: 'application/merge-patch+json' }),
  postUpdate: (id: string | number, body: Record<string, unknown>, version?: number | null) =>
    data(call<StatusUpdate>('POST', `tasks/${enc(String(id))}/updates`, { body, ifMatch: version ?? null })),
  regions: () => data(call<Region[]>('GET', 'regions')),
  region: (code: string) => call<Region>('GET', `regions/${enc(code)}`),
  createRegion: (body: Region) => data(call<Region>('POST', 'regions', { body })),
  putRegion: (code: string, version: number | null, body: Region) =>
    data(call<Region>('PUT', `regions/${enc(code)}`, { body, ifMatch: version })),
  deleteRegion: (code: string, version: number | null) => data(call<null>('DELETE', `regions/${enc(code)}`, { ifMatch: version })),
  users: (page = 0, size = 50) => data(call<PageOf<User>>('GET', 'users', { query: { page, size } })),
  createUser: (body: Record<string, unknown>) => data(call<User>('POST', 'users', { body })),
  patchUser: (id: number, version: number, body: Record<string, unknown>) =>
    data(call<User>('PATCH', `users/${id}`, { body, ifMatch: version })),
  deleteUser: (id: number, version: number) => data(call<null>('DELETE', `users/${id}`, { ifMatch: version })),
  tokens: (all: boolean) => data(call<ApiToken[] | PageOf<ApiToken>>('GET', 'tokens', { query: { all: all || undefined } })),
  createToken: (body: Record<string, unknown>) => data(call<CreatedToken>('POST', 'tokens', { body })),
  revokeToken: (id: number) => data(call<null>('DELETE', `tokens/${id}`)),
  overrideMilestone: (code: string, status: string, reason: string) =>
    data(call<unknown>('PUT', `milestones/${enc(code)}/override`, { body: { status, reason } })),
  clearOverride: (code: string) => data(call<null>('DELETE', `milestones/${enc(code)}/override`)),
  audit: (q: Query) => data(call<PageOf<AuditEntry>>('GET', 'audit', { query: q })),
  webhooks: () => data(call<Webhook[]>('GET', 'webhooks')),
  createWebhook: (body: Record<string, unknown>) => data(call<CreatedWebhook>('POST', 'webhooks', { body })),
  patchWebhook: (id: number, version: number, body: Record<string, unknown>) =>
    data(call<Webhook>('PATCH', `webhooks/${id}`, { body, ifMatch: version })),
  deleteWebhook: (id: number, version: number) => data(call<null>('DELETE', `webhooks/${id}`, { ifMatch: version })),
  webhookDeliveries: (id: number, q: Query) => data(call<PageOf<WebhookDelivery>>('GET', `webhooks/${id}/deliveries`, { query: q })),
  retryDelivery: (id: number, deliveryId: number) =>
    data(call<WebhookDelivery>('POST', `webhooks/${id}/deliveries/${deliveryId}/retry`)),
  pingWebhook: (id: number) => data(call<WebhookDelivery>('POST', `webhooks/${id}/ping`)),
  importFile: (file: Blob, contentType: string, dryRun: boolean) =>
    data(call<ImportResult>('POST', 'imports', { raw: file, contentType, query: { dryRun: dryRun || undefined } })),
};
