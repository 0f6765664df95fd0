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
            @Size(max = 100) @Schema(example = "国函〔2025〕86号") String docNumber,
            @Size(max = 300) @Schema(example = "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复") String title,
            @Schema(example = "2025-09-11") LocalDate approvedOn,
            @Schema(description = "Last day of the pilot term", example = "2027-09-10") LocalDate termEnd) {}

    @Schema(name = "Region", description = "A pilot region")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegionView(
            @Schema(example = "hefei-metro") String code,
            @Schema(example = "合肥都市圈") String nameZh,
            @Schema(example = "Hefei Metropolitan Area") String nameEn,
            RegionType type, List<String> provinces, List<String> cities, Approval approval,
            @Schema(description = "What is uncertain or unverified about this region") String notes,
            List<String> sourceUrls,
            @Schema(description = "Part of the demo data set, not real") boolean demo,
            @Schema(description = "Version for If-Match; also the ETag", example = "0") int version) {

        public static RegionView of(Region r) {
            Approval approval = r.approvalDocNumber == null && r.approvedOn == null && r.termEnd == null ? null
                    : new Approval(r.approvalDocNumber, r.approvalTitle, r.approvedOn, r.termEnd);
            return new RegionView(r.code, r.nameZh, r.nameEn, r.type, r.provinces, r.cities, approval, r.notes,
                    r.sourceUrls, r.demo, r.version);
        }
    }

    @Schema(name = "RegionWrite", description = "A region to create (POST) or replace (PUT)")
    public record RegionWrite(
            @Size(min = 2, max = 64) @Pattern(regexp = CODE_PATTERN, message = "must be lower-case letters and digits separated by single hyphens")
            @Schema(description = "Stable code; required on POST, must match the path on PUT", example = "hefei-metro") String code,
            @NotBlank @Size(max = 200) @Schema(example = "合肥都市圈") String nameZh,
            @NotBlank @Size(max = 200) @Schema(example = "Hefei Metropolitan Area") String nameEn,
            @NotNull RegionType type,
            @Size(max = 40) List<@NotBlank @Size(max = 60) String> provinces,
            @Size(max = 200) List<@NotBlank @Size(max = 60) String> cities,
            @Valid Approval approval,
            @Size(max = 4000) String notes,
            @Size(max = 40) List<@NotBlank @Size(max = 2000) @Pattern(regexp = "https?://[^\\s<>\"]+", message = "must be an http or https URL") String> sourceUrls) {}
}
