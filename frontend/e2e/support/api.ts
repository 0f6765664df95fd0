// The REST API as the tests use it: what pages should show, and the data a test makes for itself.
import { expect } from '@playwright/test';

export const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
export const ADMIN = {
  username: process.env.E2E_ADMIN_USERNAME || 'admin',
  password: process.env.E2E_ADMIN_PASSWORD || 'E2e-Bootstrap-Passw0rd',
};

let seq = 0;
/** A name no other test (or earlier run on the same database) has used. */
export function unique(prefix: string): string {
  seq += 1;
  return `${prefix}-${Date.now().toString(36)}${seq}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** An anonymous GET of /api/v1/<path>, as JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function api<T = any>(path: string): Promise<T> {
  const res = await fetch(`${BASE_URL}/api/v1/${path}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET /api/v1/${path} -> ${res.status}`);
  return (await res.json()) as T;
}

/** A request to /api/v1/<path> with a bearer token. */
export async function apiAs(
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(`${BASE_URL}/api/v1/${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
}

export async function loginToken(username: string, password: string): Promise<string> {
  const res = await fetch(`${BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(res.ok, `API login of ${username} answered ${res.status}`).toBe(true);
  return ((await res.json()) as { token: string }).token;
}

async function created<T>(res: Response, what: string): Promise<T> {
  expect(res.status, `${what} answered ${res.status}: ${res.ok ? '' : await res.clone().text()}`).toBe(201);
  return (await res.json()) as T;
}

/** A pilot region of the test's own (approved, so it looks like the demo's), answering its code. */
export async function newRegion(adminToken: string): Promise<string> {
  const code = unique('e2e-region');
  await created(
    await apiAs(adminToken, 'POST', 'regions', {
      code,
      nameZh: `E2E 试点 ${code}`,
      nameEn: `E2E pilot ${code}`,
      type: 'central_city',
      provinces: ['测试省'],
      approval: { docNumber: '国函〔2025〕86号', approvedOn: '2025-09-11', termEnd: '2027-09-10' },
    }),
    `POST /regions ${code}`,
  );
  return code;
}

export interface Task {
  id: number;
  regionCode: string;
  titleZh: string;
  titleEn?: string;
  status: string;
  progress: number;
  responsibleUnit: string;
  plannedEnd: string;
  externalKey?: string;
  version: number;
}

/** A not-started task in the region, answering it as the API has it. */
export async function newTask(
  adminToken: string,
  regionCode: string,
  fields: Record<string, unknown> = {},
): Promise<Task> {
  return created<Task>(
    await apiAs(adminToken, 'POST', 'tasks', {
      regionCode,
      measureCode: '5.2',
      milestoneCode: '2025',
      titleZh: `E2E 任务 ${unique('t')}`,
      responsibleUnit: 'E2E 单位',
      plannedStart: '2025-10-01',
      plannedEnd: '2027-06-30',
      ...fields,
    }),
    `POST /tasks in ${regionCode}`,
  );
}

export interface Account {
  username: string;
  displayName: string;
  password: string;
}

/** A fresh account's names and password (which must not contain the username). */
export function newAccount(): Account {
  const username = unique('e2e-off');
  return { username, displayName: `E2E 工作人员 ${username.slice(-6)}`, password: `Pb-${Date.now()}-Xy!zq` };
}

/** A user made through the API (the admin pages' test makes one through the page). */
export async function newUser(adminToken: string, role: 'official' | 'admin', regions: string[]): Promise<Account> {
  const account = newAccount();
  await created(
    await apiAs(adminToken, 'POST', 'users', { ...account, role, regions }),
    `POST /users ${account.username}`,
  );
  return account;
}
