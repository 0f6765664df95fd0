package org.pilotboard.http;

import static java.util.Map.entry;

import java.util.Map;

/**
 * The description of each operation of the API, by operationId: who may call it, what it answers and
 * its rules, beside the one-line summary on the resource method. ProblemResponsesFilter puts them into
 * the document and fails the build for an operation that has none (here or in its annotation).
 */
final class OperationDescriptions {

    private OperationDescriptions() {}

    static final Map<String, String> BY_OPERATION = Map.ofEntries(
            entry(
                    "listAuditEvents",
                    "Admins only. Every write (task, region, user, token, milestone, catalogue, import) is recorded with who, when, from which address and what changed. Filters combine; pages of at most 200, with Link headers to the other pages."),
            entry(
                    "login",
                    "Public. Answers a session token to send as Authorization: Bearer, or with cookie: true sets the HttpOnly session cookie and answers the csrfToken that writes by that cookie must send as X-CSRF-Token. Repeated failures for one account or address are throttled (429 with Retry-After)."),
            entry(
                    "logout",
                    "Ends only the credential of this call: a session token or cookie ends, an API token is revoked. Answers 204 without a body."),
            entry(
                    "logoutEverywhere",
                    "Ends all sessions of the caller's account; API tokens are managed separately (DELETE /api/v1/tokens/{id}). Answers 204 without a body."),
            entry(
                    "getSession",
                    "Public. 200 with the caller (as GET /api/v1/me) when the session cookie or token is still valid, 204 without a body when nobody is signed in: never 401, so that a page can ask without an error in the console."),
            entry(
                    "getDashboardBurnup",
                    "Public. One point per month from the plan's start: tasks planned to be complete by then (baseline and current plan) and tasks actually complete, from the append-only history; asOf answers the curve as it stood on that day."),
            entry(
                    "getDashboardSummary",
                    "Public. The figures of the dashboard's front page. The current summary is cached for at most 0.75 s and carries an ETag: send it back in If-None-Match to get 304 without a body. With asOf the summary is rebuilt for that day and has no ETag."),
            entry(
                    "getDashboardTimeline",
                    "Public. Each task's baseline, current plan and actual bar, with the national milestones, filtered like the task list; limit bounds the bars (at most 5000)."),
            entry(
                    "exportDataset",
                    "Public. Streams plan, milestones, measures, regions, tasks, status updates and revisions as one JSON document, for archiving or analysis. At most two exports run at once; a third gets 503 with Retry-After."),
            entry(
                    "listFactors",
                    "Public. The plan's chapters by factor (land, labour, capital, technology, data, resources and environment, market governance, coordination and organisation) in the plan's order, each with its numbered items."),
            entry(
                    "correctFactor",
                    "Admins only. Corrects the Chinese or English title of a chapter when the dataset got it wrong; recorded in the audit trail. The chapter's code never changes."),
            entry(
                    "getStatusUpdateFeed",
                    "Public. An Atom 1.0 feed (RFC 4287) of the newest status updates, newest first, for feed readers, journalists and other agencies; each entry links to the task's page and carries its status, region and factor as categories."),
            entry(
                    "importTasks",
                    "Officials (their own regions) and admins. Send the file itself as the body with Content-Type text/csv or the XLSX type; rows are described in GET /api/v1/imports/template. Every row is audited under the importing user."),
            entry(
                    "getImportTemplate",
                    "Public. The file to fill in for POST /api/v1/imports: headings in Chinese and English, two example rows commented out with #. Choose the format with format=csv|xlsx (or by Accept)."),
            entry(
                    "createItem",
                    "Admins only. Adds a numbered item (条) under a factor, for an item the dataset lacks; answers 409 when the number exists."),
            entry("correctItem", "Admins only. Corrects an item's factor or titles; recorded in the audit trail."),
            entry(
                    "getMe",
                    "Needs a token or session. The caller's account, role, regions, and whether they may administer; with a session cookie also its csrfToken."),
            entry(
                    "changeMyPassword",
                    "Needs a session or token. Checks the current password, sets the new one (at least 12 characters), and ends every other session of the account. Answers 204 without a body."),
            entry(
                    "listMeasures",
                    "Public. The plan's measures with their text as published, filtered by factor, item number or kind (action, target, principle, guidance, parameter); each names the regions piloting it."),
            entry(
                    "createMeasure",
                    "Admins only. Adds a measure under an item, for a measure the dataset lacks; answers 409 when the code exists."),
            entry("getMeasure", "Public. A measure with its official text and the regions that pilot it."),
            entry(
                    "deleteMeasure",
                    "Admins only. Only a measure that no task carries out can go (else 409). Answers 204 without a body."),
            entry(
                    "correctMeasure",
                    "Admins only. Corrects a measure's kind or text when the dataset got it wrong; recorded in the audit trail."),
            entry(
                    "listMilestones",
                    "Public. Each milestone with its due date, its status (derived from its tasks unless an admin set it by hand) and its task counts."),
            entry(
                    "overrideMilestoneStatus",
                    "Admins only. The override stands until cleared and is shown with its reason; recorded in the audit trail and sent to webhooks."),
            entry(
                    "clearMilestoneOverride",
                    "Admins only. Removes the manual status, so the milestone's status is derived from its tasks again; answers the milestone."),
            entry(
                    "getPlan",
                    "Public. The plan's title, document number, publication date, the official sources its text was copied from, and how much of the catalogue the dataset covers."),
            entry(
                    "listRegions",
                    "Public. Every pilot region with its approval document and task counts; demo regions (demo: true) come after the ten real ones."),
            entry(
                    "createRegion",
                    "Admins only. Creates a region with its code (lower case letters, digits and hyphens), names and approval; 409 when the code exists. Answers the region with its ETag."),
            entry(
                    "replaceRegion",
                    "Admins only. Replaces every editable field; send the ETag you read in If-Match (428 without it, 412 when the region changed meanwhile)."),
            entry(
                    "getRegion",
                    "Public. A region with its approval and counts; carries an ETag, and If-None-Match with that ETag answers 304 without a body."),
            entry(
                    "deleteRegion",
                    "Admins only. A region with tasks cannot be deleted (409). Needs If-Match; answers 204 without a body."),
            entry(
                    "listHistory",
                    "Public. Every status update of every task matching the filters, each with its task's region, factor, measure and title; pages of at most 200, with Link headers to the other pages. As files: exportStatusUpdatesCsv and exportStatusUpdatesXlsx."),
            entry(
                    "listTasks",
                    "Public; a signed-in reader also sees internal notes. Filters combine (lists comma-separated), sort by several fields, pages of at most 200, with Link headers to the other pages; asOf answers the state at the end of that day. As files: exportTasksCsv and exportTasksXlsx."),
            entry(
                    "createTask",
                    "Officials (their own regions) and admins. The planned dates become the baseline, which never moves. Answers 201 with Location and the ETag of version 0."),
            entry(
                    "updateTask",
                    "Officials (their own regions) and admins. A JSON merge patch (RFC 7396): absent fields stay, null clears an optional field. Send the ETag you read in If-Match (428 without it, 412 when the task changed meanwhile). A patch that changes nothing (such as {}) answers the task as it is, with the same version."),
            entry(
                    "getTask",
                    "Public; a signed-in reader also sees the internal note. Carries an ETag: send it in If-Match to change the task, or in If-None-Match to get 304 while your copy is current. With asOf, the task as it stood that day (no ETag)."),
            entry(
                    "deleteTask",
                    "Officials (their own regions) and admins. Only for a task created in error: one with history cannot be deleted (409; suspend it instead). Needs If-Match; answers 204 without a body."),
            entry(
                    "listTaskRevisions",
                    "Public. Each change of plannedStart or plannedEnd with the old and new dates, who made it and why; asOf stops at that day."),
            entry(
                    "postStatusUpdate",
                    "Officials (their own regions) and admins. Completing needs evidence (a link or document number) and means 100%; delayed and suspended need a comment. If-Match is optional: with it, a task changed meanwhile gets 412. Answers 201 with the task's new ETag."),
            entry(
                    "listStatusUpdates",
                    "Public. Every status update of the task with its author, comment and evidence; asOf stops at that day."),
            entry(
                    "listTokens",
                    "Needs a token or session. Each token's name, whether it is read-only, its owner, creation, last use and expiry; the secret is never shown again."),
            entry(
                    "createToken",
                    "Needs a session or token. A token acts as its creator with the role and regions they have then; readOnly: true makes it unable to write. The secret appears only in this answer: keep it."),
            entry(
                    "revokeToken",
                    "Needs a session or token: your own tokens, or any for an admin. Answers 204 without a body; the token gets 401 from then on."),
            entry(
                    "listUsers",
                    "Admins only. Every account with its role, regions and whether it is disabled; never passwords."),
            entry(
                    "createUser",
                    "Admins only. Officials need at least one region; the password must be at least 12 characters. Answers 201 with the user and its ETag."),
            entry(
                    "getUser",
                    "Admins only. One account with its role, regions and whether it is disabled, and its ETag for If-Match."),
            entry(
                    "deleteUser",
                    "Admins only. The account is disabled, not erased, so that the audit trail still names it; its tokens and sessions end. Needs If-Match; answers 204 without a body."),
            entry(
                    "updateUser",
                    "Admins only. Fields left out stay as they are. Needs If-Match (428 without it, 412 when the user changed meanwhile); a new password ends the user's sessions."),
            entry(
                    "listWebhooks",
                    "Admins only. Each webhook's URL, events, whether it is active and how many deliveries succeeded, failed or wait."),
            entry(
                    "createWebhook",
                    "Admins only. The URL must be an absolute http or https URL; loopback and private addresses are refused unless configuration allows them. Every delivery is signed with the secret answered here once (see docs/webhooks.md)."),
            entry(
                    "getWebhook",
                    "Admins only. One webhook with its URL, events and delivery counts, and its ETag; never its secret."),
            entry(
                    "deleteWebhook",
                    "Admins only. Removes the webhook and its queued and past deliveries. Needs If-Match; answers 204 without a body."),
            entry(
                    "updateWebhook",
                    "Admins only. Fields left out stay as they are; rotating the secret answers the new one once. Needs If-Match."),
            entry(
                    "listWebhookDeliveries",
                    "Admins only. Each delivery's event, attempts, last status code or error and when it goes next."),
            entry(
                    "retryWebhookDelivery",
                    "Admins only. Answers 202 with the delivery as queued; the dispatcher sends it within seconds."),
            entry(
                    "countUnreadReminders",
                    "Needs a token or session. The number the console shows beside its inbox (提醒): reminders of the caller's regions not yet read by the caller."),
            entry(
                    "markReminderRead",
                    "Needs a token or session. Marks it read for the caller only (other officials of the region keep theirs unread). Answers 204 without a body."),
            entry(
                    "markAllRemindersRead",
                    "Needs a token or session. Marks every reminder in the caller's inbox read for the caller. Answers 204 without a body."),
            entry(
                    "pingWebhook",
                    "Admins only. Queues a signed ping event; answers 202 with the delivery, whose outcome listWebhookDeliveries shows."));
}
