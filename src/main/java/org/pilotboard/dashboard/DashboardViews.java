package org.pilotboard.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pilotboard.region.RegionType;
import org.pilotboard.task.TaskStatus;

/** What the dashboard endpoints send. */
public final class DashboardViews {

    private DashboardViews() {}

    @Schema(name = "Counts", description = "Task counts and average progress of a group of tasks")
    public record Counts(
            @Schema(example = "48") long tasks,

            @Schema(description = "Average progress, 0-100, one decimal", example = "37.5")
            double progress,

            @Schema(description = "Tasks per status; every status is present")
            Map<TaskStatus, Long> byStatus,

            @Schema(example = "3") long overdue,
            @Schema(example = "5") long stale) {}

    @Schema(name = "FactorProgress")
    public record FactorProgress(
            @Schema(example = "land") String code,
            int number,
            String titleZh,
            String titleEn,

            @Schema(description = "Measures in the catalogue for this factor")
            long measures,

            Counts counts) {}

    @Schema(name = "RegionProgress")
    public record RegionProgress(
            @Schema(example = "hefei-metro") String code,
            String nameZh,
            String nameEn,
            RegionType type,
            LocalDate approvedOn,
            LocalDate termEnd,
            boolean demo,
            Counts counts) {}

    @Schema(
            name = "RegionFactorProgress",
            description = "The tasks of one region on one factor (a cell of the region × factor matrix)")
    public record RegionFactorProgress(
            @Schema(example = "hefei-metro") String regionCode,
            @Schema(example = "land") String factorCode,
            Counts counts) {}

    @Schema(name = "MeasurePilots", description = "Per measure of the plan, the regions whose tasks carry it out")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeasurePilots(
            @Schema(description = "Today in China, or the as-of day")
            LocalDate today,

            @Schema(description = "The day asked for with asOf, if any")
            LocalDate asOf,

            @Schema(description = "Only measures that have tasks, in plan order")
            List<MeasureRegions> measures) {}

    @Schema(name = "MeasureRegions")
    public record MeasureRegions(
            @Schema(example = "5.2") String measureCode,
            @Schema(example = "7") long tasks,
            List<MeasureRegion> regions) {}

    @Schema(name = "MeasureRegion", description = "One region's tasks on one measure")
    public record MeasureRegion(
            @Schema(example = "hefei-metro") String regionCode,
            @Schema(example = "2") long tasks,
            @Schema(example = "1") long completed,

            @Schema(description = "Mean progress of these tasks, 0-100, rounded", example = "55")
            int progress) {}

    @Schema(name = "MilestoneProgress")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MilestoneProgress(
            @Schema(example = "2025") String code,
            LocalDate dueOn,
            String titleZh,
            String titleEn,

            @Schema(
                    description =
                            "no_tasks, in_progress, overdue (due passed, not all complete), achieved, achieved_late; "
                                    + "an admin's override when there is one",
                    example = "overdue")
            String status,

            @Schema(description = "The status derived from the tasks, whatever the override")
            String derivedStatus,

            @Schema(description = "Why an admin overrode the derived status")
            String overrideReason,

            @Schema(description = "Latest actual end of its tasks, when all are completed")
            LocalDate achievedOn,

            @Schema(description = "What the dataset's compiler observed, e.g. late")
            String observedStatus,

            Counts counts) {}

    @Schema(name = "RecentUpdate", description = "A recent status update with its task")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecentUpdate(
            long id,
            long taskId,
            String taskTitleZh,
            String taskTitleEn,
            String regionCode,
            String regionNameZh,
            String regionNameEn,
            TaskStatus status,
            TaskStatus previousStatus,
            int progress,
            String comment,
            String author,
            Instant recordedAt,
            boolean demo) {}

    @Schema(name = "DashboardSummary", description = "Aggregates for the public dashboard")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(
            @Schema(description = "The day the overdue flags are taken on: today (China time by default) or asOf")
            LocalDate today,

            @Schema(description = "Set when this is the state at the end of a past day")
            LocalDate asOf,

            @Schema(description = "Stale means not verified for this many days")
            int staleAfterDays,

            Counts overall,
            List<FactorProgress> byFactor,
            List<RegionProgress> byRegion,

            @Schema(
                    description =
                            "Every region and factor with tasks: the region × factor matrix, regions and factors in "
                                    + "the order of byRegion and byFactor; absent pairs have no tasks")
            List<RegionFactorProgress> byRegionFactor,

            List<MilestoneProgress> byMilestone,
            List<RecentUpdate> latestUpdates) {}

    @Schema(name = "TimelineMilestone")
    public record TimelineMilestone(String code, LocalDate dueOn, String titleZh, String titleEn) {}

    @Schema(name = "TimelineTask", description = "A task as a bar: baseline, current plan and actual dates")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimelineTask(
            long id,
            String regionCode,
            String factorCode,
            String measureCode,
            String milestoneCode,
            String titleZh,
            String titleEn,
            TaskStatus status,
            int progress,
            LocalDate baselineStart,
            LocalDate baselineEnd,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate actualStart,
            LocalDate actualEnd,
            boolean overdue,
            boolean stale,
            boolean demo) {}

    @Schema(name = "Timeline", description = "Milestones and task bars for a progress timeline")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Timeline(
            LocalDate today,

            @Schema(description = "Set when this is the state at the end of a past day")
            LocalDate asOf,

            @Schema(description = "First day of the plan period")
            LocalDate periodStart,

            @Schema(description = "Last day shown: the plan period or the latest task date, whichever is later")
            LocalDate periodEnd,

            List<TimelineMilestone> milestones,
            List<TimelineTask> tasks,

            @Schema(description = "Tasks matching the filters")
            long totalTasks,

            @Schema(description = "True when more tasks matched than the timeline shows (see limit)")
            boolean truncated) {}

    @Schema(name = "BurnupPoint", description = "Tasks due and completed by the end of a month")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BurnupPoint(
            @Schema(description = "Last day of the month (or the as-of day)")
            LocalDate date,

            @Schema(description = "Tasks whose original (baseline) planned end is on or before this day")
            long plannedBaseline,

            @Schema(description = "Tasks whose planned end, as it stood then, is on or before this day")
            long plannedCurrent,

            @Schema(description = "Tasks completed on that day; absent for days still to come")
            Long completed) {}

    @Schema(name = "Burnup", description = "Completed tasks against the plan over time, rebuilt from the history")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Burnup(
            LocalDate today,
            LocalDate asOf,
            @Schema(description = "Tasks in scope") long total,
            List<BurnupPoint> points) {}
}
