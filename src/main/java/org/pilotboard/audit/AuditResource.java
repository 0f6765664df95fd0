package org.pilotboard.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotboard.account.WriteAccess;
import org.pilotboard.http.PageResult;
import org.pilotboard.http.Params;
import org.pilotboard.http.ProblemException;

@Path("/v1/audit")
@Tag(name = "Audit", description = "The append-only record of every write (admin)")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail audit;
    private final WriteAccess access;

    public AuditResource(AuditTrail audit, WriteAccess access) {
        this.audit = audit;
        this.access = access;
    }

    @Schema(name = "AuditPage")
    public record AuditPage(List<AuditView> items, int page, int size, long totalItems, int totalPages) {}

    @GET
    @Operation(
            operationId = "listAuditEvents",
            summary = "Recorded writes, newest first, filtered by actor, entity, action and time (admin)")
    @APIResponse(
            responseCode = "200",
            description = "A page of audit events",
            content = @Content(schema = @Schema(implementation = AuditPage.class)))
    public PageResult<AuditView> list(
            @QueryParam("actor") @Parameter(description = "Username", example = "admin") String actor,
            @QueryParam("entityType")
                    @Parameter(
                            description = "task, region, user, token, milestone, factor, plan_item, measure",
                            example = "task")
                    String entityType,
            @QueryParam("entityId") @Parameter(example = "42") String entityId,
            @QueryParam("action") @Parameter(example = "task.status_update") String action,
            @QueryParam("from")
                    @Parameter(
                            description = "From this instant (ISO-8601), inclusive",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description = "Up to this instant, exclusive",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    String to,
            @QueryParam("page")
                    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
                    String page,
            @QueryParam("size")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "200",
                                            defaultValue = "50"))
                    String size) {
        access.checkAdminRead();
        Integer p = Params.integer("page", page, 0, 1_000_000);
        Integer s = Params.integer("size", size, 1, 200);
        return audit.list(new AuditTrail.Filter(
                Params.text("actor", actor, 100),
                Params.text("entityType", entityType, 40),
                Params.text("entityId", entityId, 100),
                Params.text("action", action, 60),
                instant("from", from),
                instant("to", to),
                p == null ? 0 : p,
                s == null ? 50 : s));
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "query", "must be an instant like 2026-11-01T00:00:00Z");
        }
    }
}
