// Shapes of the Pilotboard API (see /q/openapi). Only the fields the dashboard reads.

export const TASK_STATUSES = ['not_started', 'in_progress', 'completed', 'delayed', 'suspended'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export type RegionType = 'city_cluster' | 'metropolitan_area' | 'central_city' | 'sub_centre';
export type MilestoneState = 'no_tasks' | 'in_progress' | 'overdue' | 'achieved' | 'achieved_late';

export interface Counts {
  tasks: number;
  progress: number;
  byStatus: Partial<Record<TaskStatus, number>>;
  overdue: number;
  stale: number;
}

export interface Source {
  id: string;
  kind?: string;
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  date?: string | null;
  covers?: string | null;
}

export interface Plan {
  titleZh: string;
  titleEn?: string;
  issuerZh?: string;
  issuerEn?: string;
  docNumber?: string;
  issuedOn?: string;
  publishedOn?: string;
  periodStart?: number;
  periodEnd?: number;
  preambleZh?: string;
  noticeZh?: string;
  sources?: Source[];
  datasetVersion?: number;
  coverage?: {
    factors?: number;
    factorsWithItems?: number;
    items?: number;
    measures?: number;
    trackableMeasures?: number;
  };
}

export interface Milestone {
  code: string;
  dueOn: string;
  titleZh: string;
  titleEn?: string;
  textZh?: string;
  measureCode?: string;
  observedStatus?: string | null;
  observedNote?: string | null;
  /** an administrator's status override, if any */
  override?: { status: MilestoneState; reason: string; by?: string | null; at?: string | null } | null;
}

/** Where an item's text comes from and who else prints it. */
export interface Provenance {
  /** seed items: the seed files the text was cut from */
  seedFiles: string[];
  /** found items: ids of the sources (Plan.sources) that print the whole text */
  foundIn: string[];
  /** other sources that quote or summarise it; level is free text ("verbatim, with its numeral", "substance (English)") */
  corroboratedBy: { source: string; level: string }[];
  /** whether a publisher other than the primary one prints the text word for word, in part, or not at all */
  secondPublisher: 'verbatim' | 'fragments' | 'none';
}

export interface PlanItem {
  number: number;
  numeralZh?: string;
  factorCode: string;
  titleZh: string;
  titleEn?: string;
  /** seed | found | admin */
  source?: string;
  sourceNote?: string | null;
  measureCount?: number;
  provenance?: Provenance | null;
}

export interface Factor {
  code: string;
  number: number;
  numeralZh?: string;
  titleZh: string;
  titleEn?: string;
  source?: string;
  sourceNote?: string | null;
  items?: PlanItem[];
}

export interface Measure {
  code: string;
  itemNumber: number;
  factorCode: string;
  seq: number;
  kind: string;
  trackable: boolean;
  textZh: string;
  summaryEn?: string | null;
}

export interface Approval {
  docNumber?: string | null;
  title?: string | null;
  approvedOn?: string | null;
  termEnd?: string | null;
}

export interface LocalDocumentMilestone {
  dueOn: string;
  textZh: string;
  summaryEn?: string | null;
}

/** A province's or city's own implementation document for a pilot, as found (notes are English; the API leaves out empty fields). */
export interface LocalDocument {
  docNumber: string;
  titleZh: string;
  issuerZh?: string | null;
  issuedOn?: string | null;
  dateNote?: string | null;
  periodStart?: number | null;
  periodEnd?: number | null;
  measuresReported?: number | null;
  measuresNote?: string | null;
  /** a disagreement between sources, recorded and not resolved */
  conflict?: string | null;
  milestones: LocalDocumentMilestone[];
  note?: string | null;
  draft?: { date?: string | null; issuerZh?: string | null; note?: string | null; sourceUrl?: string | null } | null;
  interpretation?: { date?: string | null; note?: string | null; sourceUrl?: string | null } | null;
  sources: { url: string; what?: string | null }[];
}

/** A task named for the region at the NDRC briefing, as reported (not verified against a document). */
export interface ReportedTask {
  textZh: string;
  saidBy?: string | null;
  /** Chinese names of the other regions it was named for */
  sharedWith: string[];
  sourceUrl?: string | null;
  sourceWhat?: string | null;
  checked?: string | null;
  note?: string | null;
}

export interface Region {
  code: string;
  nameZh: string;
  nameEn?: string;
  type: RegionType;
  provinces?: string[];
  cities?: string[];
  approval?: Approval | null;
  notes?: string | null;
  sourceUrls?: string[];
  demo?: boolean;
  localDocuments?: LocalDocument[];
  reportedTasks?: ReportedTask[];
}

export interface Task {
  id: number;
  regionCode: string;
  regionNameZh?: string;
  regionNameEn?: string;
  measureCode: string;
  factorCode: string;
  milestoneCode: string;
  titleZh: string;
  titleEn?: string | null;
  descriptionZh?: string | null;
  descriptionEn?: string | null;
  responsibleUnit?: string | null;
  baselineStart?: string | null;
  baselineEnd?: string | null;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  actualStart?: string | null;
  actualEnd?: string | null;
  slipDays?: number | null;
  status: TaskStatus;
  progress: number;
  overdue?: boolean;
  lastVerifiedAt?: string | null;
  stale?: boolean;
  implementationDocNumber?: string | null;
  implementationDocUrl?: string | null;
  demo?: boolean;
  version?: number;
  /** stable key from the spreadsheet or system the task was imported from */
  externalKey?: string | null;
}

export interface PageOf<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

export interface Evidence {
  url?: string | null;
  documentNumber?: string | null;
  label?: string | null;
}

export interface StatusUpdate {
  id: number;
  taskId: number;
  /** the task version this update produced */
  taskVersion?: number;
  status: TaskStatus;
  previousStatus?: TaskStatus | null;
  progress: number;
  previousProgress?: number | null;
  confirmation?: boolean;
  comment?: string | null;
  evidence?: Evidence[];
  author?: string | null;
  recordedAt: string;
  demo?: boolean;
  /** stable key from the spreadsheet the update was imported from */
  externalKey?: string | null;
}

export interface TaskRevision {
  id: number;
  taskId: number;
  previousPlannedStart?: string | null;
  previousPlannedEnd?: string | null;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  reason?: string | null;
  author?: string | null;
  recordedAt: string;
  demo?: boolean;
}

export interface FactorProgress {
  code: string;
  number?: number;
  titleZh: string;
  titleEn?: string;
  measures: number;
  counts: Counts;
}

export interface RegionProgress {
  code: string;
  nameZh: string;
  nameEn?: string;
  type: RegionType;
  approvedOn?: string | null;
  termEnd?: string | null;
  demo?: boolean;
  counts: Counts;
}

/** One cell of the region × factor matrix, counted by the API (only pairs with tasks are listed). */
export interface RegionFactorProgress {
  regionCode: string;
  factorCode: string;
  counts: Counts;
}

export interface MilestoneProgress {
  code: string;
  dueOn: string;
  titleZh: string;
  titleEn?: string;
  status: MilestoneState;
  achievedOn?: string | null;
  observedStatus?: string | null;
  counts: Counts;
}

export interface RecentUpdate {
  id: number;
  taskId: number;
  taskTitleZh: string;
  taskTitleEn?: string | null;
  regionCode: string;
  regionNameZh?: string;
  regionNameEn?: string;
  status: TaskStatus;
  previousStatus?: TaskStatus | null;
  progress: number;
  comment?: string | null;
  author?: string | null;
  recordedAt: string;
  demo?: boolean;
}

/** One region's tasks on one measure (GET /dashboard/measures). */
export interface MeasureRegionProgress {
  regionCode: string;
  tasks: number;
  completed: number;
  /** mean task progress, 0-100, rounded */
  progress: number;
}

/** Only measures that have tasks are listed. */
export interface MeasuresProgress {
  measures: { measureCode: string; tasks: number; regions: MeasureRegionProgress[] }[];
}

export interface DashboardSummary {
  today: string;
  staleAfterDays: number;
  overall: Counts;
  byFactor: FactorProgress[];
  byRegion: RegionProgress[];
  byRegionFactor: RegionFactorProgress[];
  byMilestone: MilestoneProgress[];
  latestUpdates: RecentUpdate[];
}

export interface TimelineMilestone {
  code: string;
  dueOn: string;
  titleZh: string;
  titleEn?: string;
}

export interface TimelineTask {
  id: number;
  regionCode: string;
  factorCode: string;
  measureCode: string;
  milestoneCode: string;
  titleZh: string;
  titleEn?: string | null;
  status: TaskStatus;
  progress: number;
  baselineStart?: string | null;
  baselineEnd?: string | null;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  actualStart?: string | null;
  actualEnd?: string | null;
  overdue?: boolean;
  stale?: boolean;
  demo?: boolean;
}

export interface Timeline {
  today: string;
  periodStart: string;
  periodEnd: string;
  milestones: TimelineMilestone[];
  tasks: TimelineTask[];
  totalTasks: number;
  truncated: boolean;
}

/**
 * A month-end point of the burn-up. The server sends plannedCurrent and plannedBaseline, and
 * leaves completed out for days still to come; planned is the brief's name for plannedCurrent.
 */
export interface BurnupPoint {
  date: string;
  plannedCurrent?: number;
  plannedBaseline?: number | null;
  planned?: number;
  completed?: number | null;
}

export interface Burnup {
  today?: string;
  asOf?: string | null;
  points: BurnupPoint[];
  total: number;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  violations?: { field?: string; in?: string; message?: string }[];
}

// ---- console (signed-in) shapes ----
export type Role = 'viewer' | 'official' | 'admin';

export interface User {
  id: number;
  username: string;
  displayName: string;
  email?: string | null;
  role: Role;
  regions: string[];
  disabled: boolean;
  version: number;
  createdAt?: string;
  updatedAt?: string;
}

export interface LoginResult {
  /** absent for a cookie session */
  token?: string;
  expiresAt: string;
  user: User;
  /** a cookie session's CSRF token */
  csrfToken?: string;
}

export interface Me {
  user: User;
  tokenKind: string;
  readOnly: boolean;
  tokenExpiresAt?: string | null;
  admin: boolean;
  writableRegions: string[];
  /** only when signed in by the session cookie */
  csrfToken?: string | null;
}

export interface ApiToken {
  id: number;
  name: string;
  kind: string;
  readOnly: boolean;
  owner: string | { id?: number; username?: string; displayName?: string };
  createdAt: string;
  expiresAt?: string | null;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
}

export interface CreatedToken {
  token: string;
  details: ApiToken;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorName?: string | null;
  address?: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface Webhook {
  id: number;
  url: string;
  events: string[];
  description?: string | null;
  active: boolean;
  createdBy: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deliveries: { pending: number; delivered: number; failed: number };
}

export interface CreatedWebhook {
  secret: string;
  webhook: Webhook;
}

export interface WebhookDelivery {
  id: number;
  webhookId: number;
  event: string;
  eventId: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  inFlight: boolean;
  nextAttemptAt?: string | null;
  lastAttemptAt?: string | null;
  lastStatusCode?: number | null;
  lastError?: string | null;
  createdAt: string;
  deliveredAt?: string | null;
  payload?: unknown;
}
