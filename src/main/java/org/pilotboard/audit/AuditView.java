package org.pilotboard.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AuditEvent",
        description = "One recorded write: who, when, from where, what, and the values before and after")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditView(
        long id,
        Instant at,
        Long actorId,
        @Schema(example = "hefei-official") String actorName,
        @Schema(example = "127.0.0.1") String address,
        @Schema(example = "task.status_update") String action,
        @Schema(example = "task") String entityType,
        @Schema(example = "42") String entityId,
        Map<String, Object> before,
        Map<String, Object> after) {

    static AuditView of(AuditEvent e) {
        return new AuditView(
                e.id, e.at, e.actorId, e.actorName, e.address, e.action, e.entityType, e.entityId, e.before, e.after);
    }
}
