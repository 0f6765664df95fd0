// Shapes of the Pilotboard API, as aliases of the types generated from its OpenAPI document
// (schema.d.ts, `npm run api:types`). The document marks no response field as required, although the
// server always sends these: Sent<> names the ones the pages rely on, so that a field the server
// drops from its document fails the type-check here instead of showing "undefined" on a page.
import type { components } from './schema';

type S = components['schemas'];
/** T with the fields K made required (always sent by the server). */
type Sent<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };
/** T with some fields' types replaced by narrower aliases. */
type With<T, O> = Omit<T, keyof O> & O;

export const TASK_STATUSES = [
  'not_started',
  'in_progress',
  'completed',
  'delayed',
  'suspended',
] as const satisfies readonly S['TaskStatus'][];
export type TaskStatus = S['TaskStatus'];
export type RegionType = S['RegionType'];
export type MilestoneState = S['MilestoneStatus'];
export type Role = S['Role'];

export type Counts = With<
  Sent<S['Counts'], 'tasks' | 'progress' | 'overdue' | 'stale'>,
  { byStatus: Partial<Record<TaskStatus, number>> }
>;
export type Source = Sent<S['Source'], 'id'>;
export type Plan = With<Sent<S['Plan'], 'titleZh'>, { sources?: Source[] }>;
export type MilestoneOverride = Sent<S['MilestoneOverride'], 'status' | 'reason'>;
export type Milestone = With<Sent<S['Milestone'], 'code' | 'dueOn' | 'titleZh'>, { override?: MilestoneOverride }>;

/** Where an item's text comes from and who else prints it. */
export type Provenance = With<
  Sent<S['ItemProvenance'], 'seedFiles' | 'foundIn' | 'secondPublisher'>,
  { corroboratedBy: Sent<S['ItemCorroboration'], 'source' | 'level'>[] }
>;
export type PlanItem = With<Sent<S['PlanItem'], 'number' | 'factorCode' | 'titleZh'>, { provenance?: Provenance }>;
export type Factor = With<Sent<S['Factor'], 'code' | 'number' | 'titleZh'>, { items?: PlanItem[] }>;
export type Measure = Sent<
  S['Measure'],
  'code' | 'itemNumber' | 'factorCode' | 'seq' | 'kind' | 'trackable' | 'textZh'
>;
export type Approval = S['Approval'];
export type LocalDocumentMilestone = Sent<S['LocalMilestone'], 'dueOn' | 'textZh'>;
/** A province's or city's own implementation document for a pilot (the API leaves out empty fields). */
export type LocalDocument = With<
  Sent<S['LocalDocument'], 'docNumber' | 'titleZh'>,
  { milestones: LocalDocumentMilestone[]; sources: Sent<S['SourceLink'], 'url'>[] }
>;
/** A task named for the region at the NDRC briefing, as reported (not verified against a document). */
export type ReportedTask = Sent<S['ReportedTask'], 'textZh' | 'sharedWith'>;
export type Region = With<
  Sent<S['Region'], 'code' | 'nameZh' | 'type'>,
  { localDocuments?: LocalDocument[]; reportedTasks?: ReportedTask[] }
>;
export type Task = Sent<
  S['Task'],
  'id' | 'regionCode' | 'measureCode' | 'factorCode' | 'milestoneCode' | 'titleZh' | 'status' | 'progress'
>;

/** One page of a list (TaskPage, UserPage, … in the document; their paging fields are the same). */
export type PageOf<T> = Sent<Omit<S['TaskPage'], 'items'>, 'page' | 'size' | 'totalItems' | 'totalPages'> & {
  items: T[];
};

export type Evidence = S['Evidence'];
export type StatusUpdate = Sent<S['StatusUpdate'], 'id' | 'taskId' | 'status' | 'progress' | 'recordedAt'>;
export type TaskRevision = Sent<S['TaskRevision'], 'id' | 'taskId' | 'recordedAt'>;
export type FactorProgress = With<Sent<S['FactorProgress'], 'code' | 'titleZh' | 'measures'>, { counts: Counts }>;
export type RegionProgress = With<Sent<S['RegionProgress'], 'code' | 'nameZh' | 'type'>, { counts: Counts }>;
/** One cell of the region × factor matrix, counted by the API (only pairs with tasks are listed). */
export type RegionFactorProgress = With<
  Sent<S['RegionFactorProgress'], 'regionCode' | 'factorCode'>,
  { counts: Counts }
>;
export type MilestoneProgress = With<
  Sent<S['MilestoneProgress'], 'code' | 'dueOn' | 'titleZh'>,
  { status: MilestoneState; counts: Counts }
>;
export type RecentUpdate = Sent<
  S['RecentUpdate'],
  'id' | 'taskId' | 'taskTitleZh' | 'regionCode' | 'status' | 'progress' | 'recordedAt'
>;
/** One region's tasks on one measure (GET /dashboard/measures); progress is the mean, 0-100. */
export type MeasureRegionProgress = Sent<S['MeasureRegion'], 'regionCode' | 'tasks' | 'completed' | 'progress'>;
/** Only measures that have tasks are listed. */
export type MeasuresProgress = With<
  S['MeasurePilots'],
  { measures: With<Sent<S['MeasureRegions'], 'measureCode' | 'tasks'>, { regions: MeasureRegionProgress[] }>[] }
>;
export type DashboardSummary = With<
  Sent<S['DashboardSummary'], 'today' | 'staleAfterDays'>,
  {
    overall: Counts;
    byFactor: FactorProgress[];
    byRegion: RegionProgress[];
    byRegionFactor: RegionFactorProgress[];
    byMilestone: MilestoneProgress[];
    latestUpdates: RecentUpdate[];
  }
>;
export type TimelineMilestone = Sent<S['TimelineMilestone'], 'code' | 'dueOn' | 'titleZh'>;
export type TimelineTask = Sent<
  S['TimelineTask'],
  'id' | 'regionCode' | 'factorCode' | 'measureCode' | 'milestoneCode' | 'titleZh' | 'status' | 'progress'
>;
export type Timeline = With<
  Sent<S['Timeline'], 'today' | 'periodStart' | 'periodEnd' | 'totalTasks' | 'truncated'>,
  { milestones: TimelineMilestone[]; tasks: TimelineTask[] }
>;
/** A month-end point of the burn-up; completed is left out for days still to come. */
export type BurnupPoint = Sent<S['BurnupPoint'], 'date'>;
export type Burnup = With<Sent<S['Burnup'], 'total'>, { points: BurnupPoint[] }>;
export type Problem = S['Problem'];

// ---- console (signed-in) shapes ----
export type User = Sent<S['User'], 'id' | 'username' | 'displayName' | 'role' | 'regions' | 'disabled' | 'version'>;
export type LoginResult = With<Sent<S['LoginResponse'], 'expiresAt'>, { user: User }>;
export type Reminder = Sent<
  S['Reminder'],
  'id' | 'kind' | 'period' | 'createdAt' | 'read' | 'taskId' | 'taskTitleZh' | 'regionCode' | 'regionNameZh'
>;
export type Me = With<Sent<S['Me'], 'tokenKind' | 'readOnly' | 'admin' | 'writableRegions'>, { user: User }>;
export type ApiToken = Sent<S['Token'], 'id' | 'name' | 'kind' | 'readOnly' | 'owner' | 'createdAt'>;
export type CreatedToken = With<Sent<S['TokenCreated'], 'token'>, { details: ApiToken }>;
export type AuditEntry = Sent<S['AuditEvent'], 'id' | 'at' | 'action'>;
export type Webhook = With<
  Sent<S['Webhook'], 'id' | 'url' | 'events' | 'active' | 'createdBy' | 'version' | 'createdAt' | 'updatedAt'>,
  { deliveries: Required<S['WebhookDeliveryCounts']> }
>;
export type CreatedWebhook = With<Sent<S['WebhookCreated'], 'secret'>, { webhook: Webhook }>;
export type WebhookDelivery = With<
  Sent<S['WebhookDelivery'], 'id' | 'webhookId' | 'event' | 'eventId' | 'attempts' | 'inFlight' | 'createdAt'>,
  { status: 'pending' | 'delivered' | 'failed' }
>;

// ---- imports ----
export type ImportOutcome = S['Outcome'];
export type ImportRowError = Sent<S['ImportRowError'], 'row' | 'message'>;
export type ImportProblem = With<S['ImportProblem'], { errors?: ImportRowError[] }>;
/**
 * One row of an import's answer. title and values (column key → cell text) are the row as read;
 * shown when present (the server adds them to its document separately).
 */
export type ImportRowResult = Sent<S['ImportRowResult'], 'row' | 'kind' | 'outcome'> & {
  title?: string;
  values?: Record<string, string>;
};
export type ImportResult = With<
  Sent<S['ImportResult'], 'dryRun' | 'rows'>,
  { counts: Required<S['ImportCounts']>; results: ImportRowResult[] }
>;

// ---- write bodies ----
/** A JSON merge patch: null clears a field (the document does not mark the fields nullable). */
type MergePatch<T> = { [K in keyof T]?: T[K] | null };
export type TaskWrite = S['TaskWrite'];
export type TaskPatch = MergePatch<S['TaskPatch']>;
export type StatusUpdateWrite = S['StatusUpdateWrite'];
/** The server takes a region without an English name, although the document marks nameEn required. */
export type RegionWrite = With<S['RegionWrite'], { nameEn?: string }>;
export type UserCreate = S['UserCreate'];
export type UserChange = MergePatch<S['UserChange']>;
export type TokenCreate = S['TokenCreate'];
export type WebhookCreate = S['WebhookCreate'];
export type WebhookChange = MergePatch<S['WebhookChange']>;
