package org.pilotboard.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a plan item's text comes from and who else prints it (derived by src/build/derive-dataset.py). */
@Schema(name = "ItemProvenance", description = "Where the item's Chinese text was found and who confirms it")
public record Provenance(
        @Schema(
                description = "Seed articles the text was cut from (file names in the reference extraction)",
                example = "[\"002_bb073862d974fbb5.txt\"]")
        List<String> seedFiles,

        @Schema(
                description = "Ids of the sources (GET /plan → sources) the text was cut from when it is not a seed's",
                example = "[\"sina-mirror-a\", \"sina-mirror-b\"]")
        List<String> foundIn,

        @Schema(description = "Other sources that carry the item, and how much of it")
        List<Corroboration> corroboratedBy,

        @Schema(
                description = "Whether a publisher other than the one the text rests on prints it word for word "
                        + "(verbatim), quotes only parts of it (fragments), or nobody else does (none). English summaries "
                        + "confirm nothing about the Chinese wording.",
                enumeration = {"verbatim", "fragments", "none"},
                example = "verbatim")
        String secondPublisher) {

    @Schema(name = "ItemCorroboration")
    public record Corroboration(
            @Schema(example = "sina-mirror-a") String source,
            @Schema(example = "verbatim, with its numeral") String level) {}
}
