package org.pilotboard.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the reminder API returns. */
public final class ReminderViews {

    private ReminderViews() {}

    @Schema(name = "Reminder", description = "A reminder in the caller's inbox (提醒)")
    public record ReminderView(
            long id,

            @Schema(description = "stale, due_soon or overdue")
            ReminderKind kind,

            @Schema(
                    description = "The occurrence it is for: the planned end (due_soon, overdue) or the day the"
                            + " task was last verified (stale)",
                    example = "2026-03-31")
            LocalDate period,

            Instant createdAt,

            @Schema(description = "Whether the caller has marked it read")
            boolean read,

            long taskId,
            @Schema(example = "开展土地要素市场化配置改革试点") String taskTitleZh,
            String taskTitleEn,
            @Schema(example = "HF") String regionCode,
            @Schema(example = "合肥") String regionNameZh,
            String regionNameEn,
            LocalDate plannedEnd,
            @Schema(example = "in_progress") String status) {}

    @Schema(name = "ReminderPage")
    public record ReminderPage(List<ReminderView> items, int page, int size, long totalItems, int totalPages) {}

    @Schema(name = "ReminderCount")
    public record ReminderCount(
            @Schema(description = "Unread reminders in the caller's inbox")
            long unread) {}

    @Schema(name = "ReminderRun", description = "What a run of the reminder job did")
    public record ReminderRun(
            LocalDate day,
            @Schema(description = "New reminders by kind") Map<ReminderKind, Integer> created,
            int emailsSent) {}
}
