package org.pilotboard.reminder;

import java.time.LocalDate;

/**
 * Fired once for each reminder the daily job creates, in the job's transaction, so that a listener's
 * writes (the webhook outbox) commit with the reminder or not at all.
 */
public record TaskReminded(long reminderId, long taskId, ReminderKind kind, LocalDate period) {}
