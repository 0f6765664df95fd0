package org.pilotboard.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotboard.config.AppClock;
import org.pilotboard.http.ExportSlots;
import org.pilotboard.plan.PlanService;
import org.pilotboard.region.RegionService;
import org.pilotboard.task.StatusUpdate;
import org.pilotboard.task.TaskFilter;
import org.pilotboard.task.TaskReader;
import org.pilotboard.task.TaskRevision;
import org.pilotboard.task.TaskViews;

/**
 * Everything public in one JSON document: the plan, milestones, measures, regions, tasks, their
 * status updates and revisions. Streamed, so its size is bounded by the disk of the client only.
 */
@Path("/v1/export.json")
@Tag(name = "Data exchange", description = "The whole public dataset at once")
public class DatasetExportResource {

    private final PlanService plans;
    private final RegionService regions;
    private final TaskReader tasks;
    private final ObjectMapper json;
    private final EntityManager em;
    private final AppClock clock;
    private final ExportSlots slots;

    public DatasetExportResource(
            PlanService plans,
            RegionService regions,
            TaskReader tasks,
            ObjectMapper json,
            EntityManager em,
            AppClock clock,
            ExportSlots slots) {
        this.plans = plans;
        this.regions = regions;
        this.tasks = tasks;
        this.json = json;
        this.em = em;
        this.clock = clock;
        this.slots = slots;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "exportDataset",
            summary = "The whole public dataset as one JSON document: plan, regions, tasks, history")
    @APIResponse(
            responseCode = "200",
            description = "{exportedAt, plan, milestones, factors, measures, regions, tasks, statusUpdates, revisions}",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    public Response export() {
        StreamingOutput body =
                slots.inSlot(out -> QuarkusTransaction.requiringNew().run(() -> {
                    try (JsonGenerator gen = json.getFactory().createGenerator(out)) {
                        gen.writeStartObject();
                        gen.writeObjectField("exportedAt", clock.now());
                        gen.writeObjectField("plan", plans.plan());
                        gen.writeObjectField("milestones", plans.milestones());
                        gen.writeObjectField("factors", plans.factors());
                        gen.writeObjectField("measures", plans.measures(null, null, null));
                        gen.writeObjectField("regions", regions.list());
                        gen.writeArrayFieldStart("tasks");
                        tasks.forEach(
                                TaskFilter.parse(
                                        null, null, null, null, null, null, null, null, null, "id", null, null),
                                null,
                                task -> write(gen, task.forPublic()));
                        gen.writeEndArray();
                        gen.writeArrayFieldStart("statusUpdates");
                        stream(
                                StatusUpdate.<StatusUpdate>streamAll(Sort.by("id"))
                                        .map(TaskViews.StatusUpdateView::of),
                                gen);
                        gen.writeEndArray();
                        gen.writeArrayFieldStart("revisions");
                        stream(
                                TaskRevision.<TaskRevision>streamAll(Sort.by("id"))
                                        .map(TaskViews.RevisionView::of),
                                gen);
                        gen.writeEndArray();
                        gen.writeEndObject();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
        return Response.ok(body, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"pilotboard-" + clock.today() + ".json\"")
                .build();
    }

    private void stream(Stream<?> rows, JsonGenerator gen) {
        try (rows) {
            int[] n = {0};
            rows.forEach(row -> {
                write(gen, row);
                if (++n[0] % 500 == 0) {
                    em.clear(); // keeps the persistence context from growing with the history
                }
            });
        }
    }

    private static void write(JsonGenerator gen, Object value) {
        try {
            gen.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
