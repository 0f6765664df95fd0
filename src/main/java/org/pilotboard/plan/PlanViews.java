package org.pilotboard.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the plan endpoints send and receive. */
public final class PlanViews {

    private PlanViews() {}

    @Schema(name = "Plan", description = "The plan document and how much of it the catalogue holds")
    public record PlanView(
            String titleZh,
            String titleEn,
            String issuerZh,
            String issuerEn,
            @Schema(example = "国办发〔2021〕51号") String docNumber,
            LocalDate issuedOn,
            LocalDate publishedOn,
            @Schema(example = "2021") int periodStart,
            @Schema(example = "2025") int periodEnd,
            String preambleZh,
            String noticeZh,
            List<PlanDocument.Source> sources,

            @Schema(description = "Version of the shipped dataset loaded into this catalogue")
            int datasetVersion,

            Coverage coverage) {}

    @Schema(name = "PlanCoverage")
    public record Coverage(int factors, int factorsWithItems, int items, int measures, int trackableMeasures) {}

    @Schema(name = "Milestone", description = "A national milestone of the plan's 工作目标")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MilestoneView(
            @Schema(example = "2022H1") String code,
            @Schema(example = "2022-06-30") LocalDate dueOn,
            String titleZh,
            String titleEn,
            @Schema(description = "The plan's own wording") String textZh,
            @Schema(example = "4.2") String measureCode,

            @Schema(description = "What the dataset's compiler observed, e.g. late", example = "late")
            String observedStatus,

            String observedNote,
            @Schema(example = "seed") String source,

            @Schema(description = "An admin's manual status override, if any")
            Override override) {

        static MilestoneView of(Milestone m) {
            Override override = m.overrideStatus == null
                    ? null
                    : new Override(m.overrideStatus, m.overrideReason, m.overrideBy, m.overrideAt);
            return new MilestoneView(
                    m.code,
                    m.dueOn,
                    m.titleZh,
                    m.titleEn,
                    m.textZh,
                    m.measureCode,
                    m.observedStatus,
                    m.observedNote,
                    m.source,
                    override);
        }
    }

    @Schema(name = "MilestoneOverride", description = "A status set by an admin instead of the one derived from tasks")
    public record Override(MilestoneStatus status, String reason, String by, java.time.Instant at) {}

    @Schema(name = "MilestoneOverrideWrite")
    public record OverrideWrite(
            @NotNull MilestoneStatus status,

            @NotBlank @Size(max = 2000) @Schema(example = "国务院已于2025年9月批复十个试点实施方案")
            String reason) {}

    @Schema(name = "Factor", description = "A chapter of the plan, one per factor, with its items")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FactorView(
            @Schema(example = "land") String code,
            @Schema(example = "2") int number,
            @Schema(example = "二") String numeralZh,
            String titleZh,
            String titleEn,

            @Schema(description = "seed or found (dataset), or admin (corrected through the API)", example = "seed")
            String source,

            String sourceNote,
            List<ItemView> items) {

        static FactorView of(Factor f, List<ItemView> items) {
            return new FactorView(f.code, f.number, f.numeralZh, f.titleZh, f.titleEn, f.source, f.sourceNote, items);
        }
    }

    @Schema(name = "PlanItem", description = "A numbered item of the plan")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(
            @Schema(example = "5") int number,
            @Schema(example = "五") String numeralZh,
            @Schema(example = "land") String factorCode,
            @Schema(example = "支持探索土地管理制度改革") String titleZh,
            String titleEn,

            @Schema(description = "seed, found or admin", example = "seed")
            String source,

            String sourceNote,
            @Schema(example = "4") long measureCount,

            @Schema(description = "Absent for an item an admin added")
            Provenance provenance) {

        static ItemView of(PlanItem i, long measureCount) {
            return new ItemView(
                    i.number,
                    i.numeralZh,
                    i.factorCode,
                    i.titleZh,
                    i.titleEn,
                    i.source,
                    i.sourceNote,
                    measureCount,
                    i.provenance);
        }
    }

    @Schema(name = "Measure", description = "One sentence-level measure of the plan")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeasureView(
            @Schema(example = "5.2") String code,
            @Schema(example = "5") int itemNumber,
            @Schema(example = "land") String factorCode,
            @Schema(example = "2") int seq,
            MeasureKind kind,

            @Schema(description = "Whether pilot tasks can carry it out (actions and targets)")
            boolean trackable,

            @Schema(example = "允许符合条件的地区探索城乡建设用地增减挂钩节余指标跨省域调剂使用机制。")
            String textZh,

            String summaryEn,
            String source) {

        static MeasureView of(Measure m, String factorCode) {
            return new MeasureView(
                    m.code,
                    m.itemNumber,
                    factorCode,
                    m.seq,
                    m.kind,
                    m.kind.trackable(),
                    m.textZh,
                    m.summaryEn,
                    m.source);
        }
    }

    @Schema(name = "FactorCorrection", description = "Corrected chapter titles")
    public record FactorWrite(
            @NotBlank @Size(max = 300) String titleZh,
            @NotBlank @Size(max = 300) String titleEn) {}

    @Schema(name = "PlanItemWrite", description = "A plan item to add or correct")
    public record ItemWrite(
            @NotNull
            @Min(1)
            @Max(99)
            @Schema(description = "Item number （N）; taken from the path on PUT", example = "13")
            Integer number,

            @NotBlank @Pattern(regexp = "[a-z_]{2,40}") @Schema(example = "capital")
            String factorCode,

            @NotBlank @Size(max = 300) @Schema(example = "增加有效金融服务供给")
            String titleZh,

            @NotBlank @Size(max = 300) @Schema(example = "Increasing the effective supply of financial services")
            String titleEn) {}

    @Schema(name = "MeasureWrite", description = "A measure to add or correct")
    public record MeasureWrite(
            @NotNull @Min(1) @Max(99) @Schema(example = "13")
            Integer itemNumber,

            @Min(1)
            @Max(99)
            @Schema(description = "Position in the item; next free when omitted on POST", example = "1")
            Integer seq,

            @NotNull MeasureKind kind,
            @NotBlank @Size(max = 2000) String textZh,
            @Size(max = 2000) String summaryEn) {}
}
