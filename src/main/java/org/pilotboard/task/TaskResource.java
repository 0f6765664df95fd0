package org.pilotboard.task;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotboard.account.WriteAccess;
import org.pilotboard.http.PageResult;
import org.pilotboard.http.Params;
import org.pilotboard.http.Versioned;
import org.pilotboard.task.TaskService.WriteContext;
import org.pilotboard.task.TaskViews.RevisionView;
import org.pilotboard.task.TaskViews.StatusUpdateView;
import org.pilotboard.task.TaskViews.StatusUpdateWrite;
import org.pilotboard.task.TaskViews.TaskView;
import org.pilotboard.task.TaskViews.TaskWrite;

@Path("/v1/tasks")
@Tag(name = "Tasks", description = "Per-region pilot tasks, their status history and date revisions")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final TaskService tasks;
    private final TaskReader reader;
    private final WriteAccess access;
    private final TaskExport export;

    public TaskResource(TaskService tasks, TaskReader reader, WriteAccess access, TaskExport export) {
        this.tasks = tasks;
        this.reader = reader;
        this.access = access;
        this.export = export;
    }

    /** A page of tasks; the schema is spelled out for generated clients (generic records lose it). */
    @Schema(name = "TaskPage")
    public record TaskPage(List<TaskView> items, int page, int size, long totalItems, int totalPages) {}

    @GET
    @Operation(operationId = "listTasks", summary = "Tasks, filtered, sorted and paged")
    @APIResponse(
            responseCode = "200",
            description = "A page of tasks",
            content =
                    @Content(
                            schema = @Schema(implementation = TaskPage.class),
                            examples = @ExampleObject(name = "page", value = TaskExamples.PAGE)))
    public PageResult<TaskView> list(@BeanParam TaskQueryParams query) {
        PageResult<TaskView> result = reader.list(query.filter(), query.asOfDay());
        return access.mayReadInternal()
                ? result
                : new PageResult<>(
                        result.items().stream().map(TaskView::forPublic).toList(),
                        result.page(),
                        result.size(),
                        result.totalItems(),
                        result.totalPages());
    }

    /**
     * The same list as CSV or XLSX for a request that asks for it by Accept or ?format= (plain links).
     * Not in the document: there, each format is an operation of its own (TaskExportResource), so that
     * typed clients never take a spreadsheet for JSON.
     */
    @GET
    // Lower quality than JSON, so that Accept: */* still gets the JSON list.
    @Produces({TaskExport.CSV + ";qs=0.5", TaskExport.XLSX + ";qs=0.5"})
    @Operation(hidden = true)
    public Response export(@BeanParam TaskQueryParams query, @HeaderParam("Accept") String accept) {
        return export.tasks(query.filter(), query.asOfDay(), TaskExport.wantsXlsx(query.format, accept));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTask", summary = "Create a task in a region; it starts not_started at 0%")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the task",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Version of the new task",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = TaskView.class),
                            examples = @ExampleObject(name = "task", value = TaskExamples.TASK)))
    public Response create(
            @NotNull
                    @Valid
                    @RequestBody(
                            content = @Content(examples = @ExampleObject(name = "task", value = TaskExamples.WRITE)))
                    TaskWrite body,
            @Context UriInfo uri) {
        access.checkRegion(body.regionCode());
        TaskView task = tasks.create(body, context());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(task.id()))
                        .build())
                .tag(Versioned.etag(task.version()))
                .entity(task)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTask", summary = "One task; honours If-None-Match")
    @APIResponse(
            responseCode = "200",
            description = "The task",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Send it back in If-Match to change the task",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = TaskView.class),
                            examples = @ExampleObject(name = "task", value = TaskExamples.TASK)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("id") @Parameter(example = "42", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String id,
            @QueryParam("asOf")
                    @Parameter(
                            description = "Show the state at the end of this day (rebuilt from the history)",
                            example = "2026-06-30",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf,
            @Context Request request) {
        LocalDate day = Params.date("asOf", asOf);
        TaskView task = visible(reader.get(taskId(id), day));
        if (day != null) {
            return Response.ok(task).build(); // a past state has no version to write against
        }
        Response.ResponseBuilder notModified = request.evaluatePreconditions(Versioned.etag(task.version()));
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(task).tag(Versioned.etag(task.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateTask",
            summary = "Change a task's fields (JSON merge patch); needs If-Match. "
                    + "Changing planned dates needs revisionReason and is recorded as a revision; the baseline stays.")
    @APIResponse(
            responseCode = "200",
            description = "The changed task",
            headers =
                    @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response patch(
            @PathParam("id") @Parameter(example = "42", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String id,
            @HeaderParam("If-Match")
                    @Parameter(required = true, description = "ETag of the task as read", example = "\"3\"")
                    String ifMatch,
            @NotNull
                    @RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(implementation = TaskViews.TaskPatch.class),
                                            examples = @ExampleObject(name = "revise", value = TaskExamples.PATCH)))
                    JsonNode body) {
        long taskId = taskId(id);
        access.checkRegion(tasks.regionOf(taskId));
        TaskView task = visible(tasks.patch(taskId, body, ifMatch, context()));
        return Response.ok(task).tag(Versioned.etag(task.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteTask",
            summary = "Delete a task created in error (only while it has no history); needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(
            @PathParam("id") @Parameter(example = "42", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String id,
            @HeaderParam("If-Match")
                    @Parameter(required = true, description = "ETag of the task as read", example = "\"0\"")
                    String ifMatch) {
        long taskId = taskId(id);
        access.checkRegion(tasks.regionOf(taskId));
        tasks.delete(taskId, ifMatch);
    }

    @GET
    @Path("/{id}/updates")
    @Operation(operationId = "listStatusUpdates", summary = "A task's status history, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "The history",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = StatusUpdateView.class),
                            examples = @ExampleObject(name = "history", value = "[" + TaskExamples.UPDATE + "]")))
    public List<StatusUpdateView> history(
            @PathParam("id") @Parameter(example = "42", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String id,
            @QueryParam("asOf")
                    @Parameter(
                            description = "Show the state at the end of this day (rebuilt from the history)",
                            example = "2026-06-30",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf) {
        return reader.history(taskId(id), Params.date("asOf", asOf));
    }

    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "postStatusUpdate",
            summary = "Post a status update: appended to the history and applied to the task in one transaction. "
                    + "The same status and progress again confirms the task is still accurate.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The task's new version",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = StatusUpdateView.class),
                            examples = @ExampleObject(name = "update", value = TaskExamples.UPDATE)))
    public Response postUpdate(
            @PathParam("id") @Parameter(example = "42", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String id,
            @HeaderParam("If-Match")
                    @Parameter(
                            description = "Optional: refuse (412) unless the task is still at this ETag",
                            example = "\"3\"")
                    String ifMatch,
            @NotNull
                    @Valid
                    @RequestBody(
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            name = "complete",
                                                            value = TaskExamples.UPDATE_WRITE)))
                    StatusUpdateWrite body,
            @Context UriInfo uri) {
        StatusUpdateView update = tasks.postUpdate(taskId(id), body, ifMatch, context(), access);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(update.id()))
                        .build())
                .tag(Versioned.etag(update.taskVersion()))
                .entity(update)
                .build();
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(
            operationId = "listTaskRevisions",
            summary = "Changes of a task's planned dates, oldest first, each with its reason")
    @APIResponse(
            responseCode = "200",
            description = "The revisions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionView.class)))
    public List<RevisionView> revisions(
            @PathParam("id") @Parameter(example = "42", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String id,
            @QueryParam("asOf")
                    @Parameter(
                            description = "Show the state at the end of this day (rebuilt from the history)",
                            example = "2026-06-30",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf) {
        return reader.revisions(taskId(id), Params.date("asOf", asOf));
    }

    private WriteContext context() {
        return new WriteContext(access.actor(), null, false);
    }

    private TaskView visible(TaskView task) {
        return access.mayReadInternal() ? task : task.forPublic();
    }

    private static long taskId(String id) {
        return Params.id("id", id);
    }
}
