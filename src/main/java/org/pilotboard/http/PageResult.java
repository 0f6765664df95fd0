package org.pilotboard.http;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. Pages count from 0. */
@Schema(name = "Page")
public record PageResult<T>(
        List<T> items,

        @Schema(description = "Page number, from 0", example = "0")
        int page,

        @Schema(description = "Page size", example = "20") int size,

        @Schema(description = "Items matching the filters", example = "137")
        long totalItems,

        @Schema(description = "Pages at this size", example = "7")
        int totalPages) {

    public static <T> PageResult<T> of(List<T> items, int page, int size, long total) {
        return new PageResult<>(items, page, size, total, (int) ((total + size - 1) / size));
    }
}
