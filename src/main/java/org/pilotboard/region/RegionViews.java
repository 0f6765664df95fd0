package org.pilotboard.region;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the region endpoints send and receive. */
public final class RegionViews {

    private RegionViews() {}

    public static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    @Schema(name = "Approval", description = "The State Council's approval of the region's implementation plan (实施方案)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Approval(
            @Size(max = 100) @Schema(example = "国函〔2025〕86号")
            String docNumber,

            @Size(max = 300) @Schema(example = "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复")
            String title,

            @Schema(example = "2025-09-11") LocalDate approvedOn,

            @Schema(description = "Last day of the pilot term", example = "2027-09-10")
            LocalDate termEnd) {}

    @Schema(name = "Region", description = "A pilot region")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegionView(
            @Schema(example = "hefei-metro") String code,
            @Schema(example = "合肥都市圈") String nameZh,
            @Schema(example = "Hefei Metropolitan Area") String nameEn,
            RegionType type,
            List<String> provinces,
            List<String> cities,
            Approval approval,

            @Schema(description = "What is uncertain or unverified about this region")
            String notes,

            List<String> sourceUrls,

            @Schema(
                    description =
                            "The pilot's own implementation documents that were found (read-only, from the shipped dataset)")
            List<LocalDocument> localDocuments,

            @Schema(
                    description =
                            "Tasks named for the pilot when the approval was announced (read-only, from the shipped dataset)")
            List<ReportedTask> reportedTasks,

            @Schema(description = "Part of the demo data set, not real")
            boolean demo,

            @Schema(description = "Version for If-Match; also the ETag", example = "0")
            int version) {

        public static RegionView of(Region r) {
            Approval approval = r.approvalDocNumber == null && r.approvedOn == null && r.termEnd == null
                    ? null
                    : new Approval(r.approvalDocNumber, r.approvalTitle, r.approvedOn, r.termEnd);
            return new RegionView(
                    r.code,
                    r.nameZh,
                    r.nameEn,
                    r.type,
                    r.provinces,
                    r.cities,
                    approval,
                    r.notes,
                    r.sourceUrls,
                    orEmpty(r.localDocuments),
                    orEmpty(r.reportedTasks),
                    r.demo,
                    r.version);
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }
    }

    // Dates in these records are ISO strings: they are stored as JSON by Hibernate's own mapper.

    @Schema(
            name = "LocalDocument",
            description = "A province's or city's own implementation document for its pilot, "
                    + "as found: what the sources disagree on is recorded in conflict, not resolved")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LocalDocument(
            @Schema(example = "湘政办发〔2025〕53号") String docNumber,

            @Schema(example = "长株潭要素市场化配置综合改革试点行动方案（2025—2027年）")
            String titleZh,

            @Schema(example = "湖南省人民政府办公厅") String issuerZh,

            @Schema(
                    description = "Date of issue (YYYY-MM-DD); absent when not found",
                    format = "date",
                    example = "2025-12-26")
            String issuedOn,

            @Schema(description = "What the date rests on, or why it is missing")
            String dateNote,

            @Schema(example = "2025") Integer periodStart,
            @Schema(example = "2027") Integer periodEnd,

            @Schema(description = "Number of measures a source reports for the document", example = "70")
            Integer measuresReported,

            String measuresNote,

            @Schema(description = "Where sources disagree about the document (not resolved)")
            String conflict,

            List<LocalMilestone> milestones,

            @Schema(description = "How the text was taken from the sources")
            String note,

            @Schema(description = "The draft for public comment, when one was found")
            LinkedEntry draft,

            @Schema(description = "The official interpretation, when one was found")
            LinkedEntry interpretation,

            List<SourceLink> sources) {}

    @Schema(name = "LocalMilestone")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LocalMilestone(
            @Schema(format = "date", example = "2026-12-31") String dueOn,

            @Schema(description = "The document's own wording")
            String textZh,

            @Schema(description = "Unofficial English summary")
            String summaryEn) {}

    @Schema(name = "LocalDocumentEntry", description = "A draft or interpretation of a local document")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LinkedEntry(@Schema(format = "date") String date, String issuerZh, String note, String sourceUrl) {}

    @Schema(name = "SourceLink")
    public record SourceLink(
            String url,

            @Schema(description = "What the source is and what it shows")
            String what) {}

    @Schema(
            name = "ReportedTask",
            description = "A task named for the pilot at the briefing on the approval, as reported")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportedTask(
            String textZh,

            @Schema(example = "李春临 (NDRC), 2025-09-11 briefing")
            String saidBy,

            @Schema(description = "Other pilots (Chinese names) the same task was named for")
            List<String> sharedWith,

            String sourceUrl,
            String sourceWhat,

            @Schema(description = "How far the wording was checked")
            String checked,

            String note) {}

    @Schema(name = "RegionWrite", description = "A region to create (POST) or replace (PUT)")
    public record RegionWrite(
            @Size(min = 2, max = 64)
            @Pattern(
                    regexp = CODE_PATTERN,
                    message = "must be lower-case letters and digits separated by single hyphens")
            @Schema(description = "Stable code; required on POST, must match the path on PUT", example = "hefei-metro")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "合肥都市圈")
            String nameZh,

            @NotBlank @Size(max = 200) @Schema(example = "Hefei Metropolitan Area")
            String nameEn,

            @NotNull RegionType type,
            @Size(max = 40) List<@NotBlank @Size(max = 60) String> provinces,
            @Size(max = 200) List<@NotBlank @Size(max = 60) String> cities,
            @Valid Approval approval,
            @Size(max = 4000) String notes,

            @Size(max = 40)
            List<
                            @NotBlank @Size(max = 2000)
                            @Pattern(regexp = "https?://[^\\s<>\"]+", message = "must be an http or https URL") String>
                    sourceUrls) {}
}
