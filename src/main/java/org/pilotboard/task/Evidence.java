package org.pilotboard.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Evidence for a status update: a link, a document number, or both. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Evidence", description = "A link (http or https) and/or a document number; at least one of the two")
public record Evidence(
        @Size(max = 2000)
        @Pattern(
                regexp = "https?://[^\\s<>\"]+",
                flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "must be an http or https URL")
        @Schema(example = "https://www.gov.cn/zhengce/content/2025-09/11/content_7039999.htm")
        String url,

        @Size(max = 100) @Schema(example = "国函〔2025〕86号") String documentNumber,
        @Size(max = 300) @Schema(example = "国务院批复") String label) {

    public boolean lacksReference() {
        return (url == null || url.isBlank()) && (documentNumber == null || documentNumber.isBlank());
    }
}
