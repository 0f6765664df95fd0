package org.pilotboard.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the task endpoints send and receive. */
public final class TaskViews {

    private TaskViews() {}

    static final String URL = "https?://[^\\s<>\"]+";

    @Schema(name = "Task", description = "A region's pilot task with its derived flags")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaskView(
            @Schema(example = "42") long id,
            @Schema(example = "hefei-metro") String regionCode,
            @Schema(example = "合肥都市圈") String regionNameZh,
            @Schema(example = "Hefei Metropolitan Area") String regionNameEn,
            @Schema(example = "5.2") String measureCode,
            @Schema(example = "land") String factorCode,
            @Schema(example = "2025") String milestoneCode,
            @Schema(example = "探索建设用地增减挂钩节余指标跨省域调剂") String titleZh,
            String titleEn,
            String descriptionZh,
            String descriptionEn,
            @Schema(example = "合肥市自然资源和规划局") String responsibleUnit,

            @Schema(description = "Planned start as first agreed (never changes)")
            LocalDate baselineStart,

            @Schema(description = "Planned end as first agreed (never changes)")
            LocalDate baselineEnd,

            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate actualStart,
            LocalDate actualEnd,

            @Schema(description = "Days the current planned end lies after the baseline end", example = "30")
            long slipDays,

            TaskStatus status,

            @Schema(minimum = "0", maximum = "100", example = "40")
            int progress,

            @Schema(description = "Planned end passed and not completed")
            boolean overdue,

            @Schema(description = "Last status update or confirmation")
            Instant lastVerifiedAt,

            @Schema(description = "Not verified for longer than the configured number of days (default 90)")
            boolean stale,

            @Schema(description = "Number of the region's implementation-plan document this task comes from")
            String implementationDocNumber,

            String implementationDocUrl,

            @Schema(description = "Part of the demo data set, not real")
            boolean demo,

            @Schema(description = "Version for If-Match; also the ETag", example = "3")
            int version,

            Instant createdAt,
            Instant updatedAt,

            @Schema(description = "Only for signed-in users")
            String internalNote,

            @Schema(
                    description =
                            "Stable key from the spreadsheet or system the task was imported from; unique in its region",
                    example = "HF-LAND-01")
            String externalKey) {

        /** The same task without what the public may not see. */
        public TaskView forPublic() {
            return internalNote == null
                    ? this
                    : new TaskView(
                            id,
                            regionCode,
                            regionNameZh,
                            regionNameEn,
                            measureCode,
                            factorCode,
                            milestoneCode,
                            titleZh,
                            titleEn,
                            descriptionZh,
                            descriptionEn,
                            responsibleUnit,
                            baselineStart,
                            baselineEnd,
                            plannedStart,
                            plannedEnd,
                            actualStart,
                            actualEnd,
                            slipDays,
                            status,
                            progress,
                            overdue,
                            lastVerifiedAt,
                            stale,
                            implementationDocNumber,
                            implementationDocUrl,
                            demo,
                            version,
                            createdAt,
                            updatedAt,
                            null,
                            externalKey);
        }
    }

    /**
     * A task to create (POST) or the fields to change (PATCH, as a JSON merge patch: absent fields
     * stay, null clears an optional field).
     */
    @Schema(
            name = "TaskWrite",
            description = "A task to create (POST), or a JSON merge patch of the fields to change (PATCH). "
                    + "Status and progress change only through status updates.")
    public record TaskWrite(
            @Size(max = 64)
            @Schema(description = "Region code; required on POST, cannot change", example = "hefei-metro")
            String regionCode,

            @NotBlank
            @Size(max = 20)
            @Schema(description = "The plan measure carried out (an action or target)", example = "5.2")
            String measureCode,

            @NotBlank @Size(max = 20) @Schema(description = "The national milestone served", example = "2025")
            String milestoneCode,

            @NotBlank @Size(max = 300) @Schema(example = "探索建设用地增减挂钩节余指标跨省域调剂")
            String titleZh,

            @Size(max = 300) String titleEn,
            @Size(max = 5000) String descriptionZh,
            @Size(max = 5000) String descriptionEn,

            @NotBlank @Size(max = 200) @Schema(example = "合肥市自然资源和规划局")
            String responsibleUnit,

            @NotNull @Schema(example = "2025-10-01") LocalDate plannedStart,
            @NotNull @Schema(example = "2026-12-31") LocalDate plannedEnd,

            @Size(max = 100) @Schema(example = "皖政办〔2025〕12号")
            String implementationDocNumber,

            @Size(max = 2000)
            @Pattern(regexp = URL, flags = Pattern.Flag.CASE_INSENSITIVE, message = "must be an http or https URL")
            String implementationDocUrl,

            @Size(max = 2000) @Schema(description = "PATCH only: why the planned dates change; required when they do")
            String revisionReason,

            @Size(max = 5000) @Schema(description = "Visible to signed-in users only, never public")
            String internalNote) {}

    /** The PATCH body as documented: the fields of TaskWrite, all optional (a JSON merge patch). */
    @Schema(
            name = "TaskPatch",
            description = "JSON merge patch of a task: absent fields stay, null clears an optional field. "
                    + "Changing plannedStart or plannedEnd needs revisionReason.")
    public record TaskPatch(
            @Schema(description = "Move the task to another measure of the plan", maxLength = 20, example = "1.2")
            String measureCode,

            @Schema(description = "The national milestone served", maxLength = 20, example = "2025")
            String milestoneCode,

            @Schema(maxLength = 300, example = "探索建设用地增减挂钩节余指标跨省域调剂")
            String titleZh,

            @Schema(description = "null clears it", nullable = true, maxLength = 300)
            String titleEn,

            @Schema(description = "null clears it", nullable = true, maxLength = 5000)
            String descriptionZh,

            @Schema(description = "null clears it", nullable = true, maxLength = 5000)
            String descriptionEn,

            @Schema(maxLength = 200, example = "合肥市自然资源和规划局")
            String responsibleUnit,

            @Schema(description = "Needs revisionReason when it changes", example = "2025-10-01")
            LocalDate plannedStart,

            @Schema(description = "Needs revisionReason when it changes", example = "2027-06-30")
            LocalDate plannedEnd,

            @Schema(description = "null clears it", nullable = true, maxLength = 100, example = "皖政办〔2025〕12号")
            String implementationDocNumber,

            @Schema(description = "An http or https URL; null clears it", nullable = true, maxLength = 2000)
            String implementationDocUrl,

            @Schema(
                    description = "Why the planned dates change; required when they do",
                    nullable = true,
                    maxLength = 2000)
            String revisionReason,

            @Schema(
                    description = "Visible to signed-in users only, never public; null clears it",
                    nullable = true,
                    maxLength = 5000)
            String internalNote) {}

    @Schema(
            name = "StatusUpdateWrite",
            description = "A new status for a task. Completing needs evidence; delayed and suspended need a comment.")
    public record StatusUpdateWrite(
            @NotNull TaskStatus status,

            @Min(0)
            @Max(100)
            @Schema(
                    description = "Defaults to the current progress; 100 when completed, 0 when not started",
                    example = "60")
            Integer progress,

            @Size(max = 5000) @Schema(example = "首批跨省调剂指标已完成交易")
            String comment,

            @Size(max = 20) List<@NotNull @Valid Evidence> evidence,

            @Schema(description = "Date work actually started, if not the day of this update")
            LocalDate actualStart,

            @Schema(description = "Date work was actually completed, if not the day of this update")
            LocalDate actualEnd) {}

    @Schema(name = "StatusUpdate", description = "One entry of a task's append-only history")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusUpdateView(
            long id,
            long taskId,

            @Schema(description = "The task version this update produced")
            int taskVersion,

            TaskStatus status,
            int progress,
            TaskStatus previousStatus,
            Integer previousProgress,

            @Schema(description = "Status and progress unchanged: a confirmation that the task is still accurate")
            boolean confirmation,

            String comment,
            List<Evidence> evidence,
            String author,
            Instant recordedAt,
            boolean demo,

            @Schema(
                    description = "Stable key from the spreadsheet the update was imported from; unique per task",
                    example = "2026-Q2")
            String externalKey) {

        public static StatusUpdateView of(StatusUpdate u) {
            return new StatusUpdateView(
                    u.id,
                    u.taskId,
                    u.taskVersion,
                    u.status,
                    u.progress,
                    u.previousStatus,
                    u.previousProgress,
                    isConfirmation(u.previousStatus, u.previousProgress, u.status, u.progress),
                    u.comment,
                    u.evidence == null ? List.of() : u.evidence,
                    u.author,
                    u.recordedAt,
                    u.demo,
                    u.externalKey);
        }
    }

    /** An update that leaves status and progress as they were confirms that the task is still accurate. */
    static boolean isConfirmation(
            TaskStatus previousStatus, Integer previousProgress, TaskStatus status, int progress) {
        return previousStatus == status && previousProgress != null && previousProgress == progress;
    }

    /** A status update with the task it belongs to: one row of the history across tasks. */
    @Schema(name = "HistoryEntry")
    public record HistoryEntryView(
            long id,
            long taskId,
            String regionCode,
            String regionNameZh,
            String factorCode,
            String measureCode,
            String milestoneCode,
            String taskTitleZh,
            String taskTitleEn,

            @Schema(description = "The task version this update produced")
            int taskVersion,

            TaskStatus status,
            int progress,
            TaskStatus previousStatus,
            Integer previousProgress,

            @Schema(description = "Status and progress unchanged: a confirmation that the task is still accurate")
            boolean confirmation,

            String comment,
            List<Evidence> evidence,
            String author,
            Instant recordedAt,
            boolean demo) {}

    @Schema(name = "TaskRevision", description = "A change of a task's planned dates")
    public record RevisionView(
            long id,
            long taskId,
            int taskVersion,
            LocalDate previousPlannedStart,
            LocalDate previousPlannedEnd,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            String reason,
            String author,
            Instant recordedAt,
            boolean demo) {

        public static RevisionView of(TaskRevision r) {
            return new RevisionView(
                    r.id,
                    r.taskId,
                    r.taskVersion,
                    r.previousPlannedStart,
                    r.previousPlannedEnd,
                    r.plannedStart,
                    r.plannedEnd,
                    r.reason,
                    r.author,
                    r.recordedAt,
                    r.demo);
        }
    }
}
