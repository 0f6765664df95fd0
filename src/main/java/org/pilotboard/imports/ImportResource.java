package org.pilotboard.imports;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.exception.ConstraintViolationException;
import org.pilotboard.account.WriteAccess;
import org.pilotboard.http.Params;
import org.pilotboard.http.Problem;
import org.pilotboard.http.ProblemException;
import org.pilotboard.imports.ImportErrors.ImportRejected;
import org.pilotboard.imports.ImportViews.ImportProblem;
import org.pilotboard.imports.ImportViews.ImportResult;
import org.pilotboard.task.TaskService.WriteContext;

@Path("/v1/imports")
@Tag(
        name = "Import",
        description =
                "Tasks and status updates from a CSV or XLSX file: all rows checked first, all or nothing, idempotent")
public class ImportResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String RESULT_EXAMPLE = """
            {"dryRun":false,"rows":2,"counts":{"created":1,"updated":0,"unchanged":1},"results":[
            {"row":2,"kind":"task","outcome":"unchanged","taskId":42,"regionCode":"hefei-metro","externalKey":"HF-LAND-01"},
            {"row":3,"kind":"update","outcome":"created","taskId":42,"regionCode":"hefei-metro","externalKey":"HF-LAND-01","updateKey":"2026-Q2","updateId":7}]}""";
    private static final String REJECTED_EXAMPLE = """
            {"type":"urn:pilotboard:problem:import-rejected","title":"Import rejected","status":422,
            "detail":"2 problems in 2 rows; nothing was imported","instance":"/api/v1/imports","errorCount":2,"errors":[
            {"row":2,"column":"地区代码 regionCode","field":"regionCode","message":"no region 'hefei' (see /api/v1/regions)"},
            {"row":4,"column":"佐证链接 evidenceUrl","field":"evidenceUrl","message":"completing a task needs evidence: at least one link or document number"}]}""";

    private final ImportService imports;
    private final WriteAccess access;

    public ImportResource(ImportService imports, WriteAccess access) {
        this.imports = imports;
        this.access = access;
    }

    @GET
    @Path("/template")
    @Produces({CSV, XLSX})
    @Operation(
            operationId = "getImportTemplate",
            summary =
                    "The import template (public): the heading row, two example rows "
                            + "commented out with #, and in XLSX a sheet explaining every column; CSV is UTF-8 with BOM. Chosen by format or Accept.")
    @APIResponse(
            responseCode = "200",
            description = "The template as an attachment",
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response template(
            @QueryParam("format")
                    @Parameter(
                            description = "csv or xlsx; stands for the Accept header",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "xlsx"}))
                    String format,
            @HeaderParam("Accept") String accept) {
        boolean xlsx;
        if (format == null || format.isBlank()) {
            xlsx = accept != null && accept.contains(XLSX) && !accept.contains(CSV);
        } else if (format.strip().equals("csv") || format.strip().equals("xlsx")) {
            xlsx = format.strip().equals("xlsx");
        } else {
            throw ProblemException.invalid("format", "query", "must be csv or xlsx");
        }
        String name = "pilotboard-import-template" + (xlsx ? ".xlsx" : ".csv");
        return Response.ok(xlsx ? ImportTemplate.xlsx() : ImportTemplate.csv(), xlsx ? XLSX : CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "importTasks",
            summary = "Import task rows and status-update rows from a CSV (UTF-8, or GB18030) "
                    + "or XLSX file sent as the request body (at most 1 MB and " + ImportFile.MAX_ROWS
                    + " rows). Every row is checked "
                    + "first; if any has a problem the answer is 422 with every problem by row and nothing is written. Otherwise all "
                    + "rows are written in one transaction. Tasks are matched by regionCode and externalKey, updates by updateKey "
                    + "within their task, so that importing the same file again changes nothing. Officials import into their own "
                    + "regions only. dryRun=true only checks.")
    @APIResponse(
            responseCode = "200",
            description = "Imported (or, with dryRun, would be): what happened to each row",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportResult.class),
                            examples = @ExampleObject(name = "imported", value = RESULT_EXAMPLE)))
    @APIResponse(
            responseCode = "422",
            description = "Rows with problems: every problem by row and column; nothing was written",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = ImportProblem.class),
                            examples = @ExampleObject(name = "rejected", value = REJECTED_EXAMPLE)))
    @APIResponse(
            responseCode = "413",
            description = "More than " + ImportFile.MAX_ROWS + " rows, or a body over 1 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(
            responseCode = "415",
            description = "Neither CSV nor XLSX (an old .xls workbook included)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response importFile(
            @HeaderParam("Content-Type") String contentType,
            @QueryParam("dryRun")
                    @Parameter(
                            description = "true: check every row and answer what would happen, write nothing",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String dryRun,
            @RequestBody(
                            required = true,
                            description = "The file itself (not multipart)",
                            content = {
                                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                                @Content(
                                        mediaType = XLSX,
                                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
                            })
                    byte[] body,
            @Context UriInfo uri) {
        access.requireSignedIn();
        access.checkTaskWriter();
        boolean dry = Boolean.TRUE.equals(Params.bool("dryRun", dryRun));
        ImportFile file = read(contentType, body);
        try {
            return Response.ok(imports.run(file, dry, new WriteContext(access.actor(), null, false)))
                    .build();
        } catch (ImportRejected e) {
            String detail = e.total + (e.total == 1 ? " problem" : " problems") + " in " + e.rows
                    + (e.rows == 1 ? " row" : " rows") + "; nothing was imported"
                    + (e.total > e.errors.size() ? " (the first " + e.errors.size() + " are listed)" : "");
            return Response.status(422)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new ImportProblem(
                            "urn:pilotboard:problem:import-rejected",
                            "Import rejected",
                            422,
                            detail,
                            uri.getRequestUri().getPath(),
                            e.total,
                            e.errors))
                    .build();
        } catch (RuntimeException e) {
            if (isKeyClash(e)) {
                throw ProblemException.conflict(
                        "Someone else created a task or update with one of these keys at the same time; "
                                + "nothing was imported. Import the file again: what is there now counts as unchanged.");
            }
            throw e;
        }
    }

    private static ImportFile read(String contentType, byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("The body is empty: send the CSV or XLSX file as the request body");
        }
        String type =
                contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case CSV, "application/csv", "text/comma-separated-values", "text/plain" -> ImportFile.csv(body);
            case XLSX -> ImportFile.xlsx(body);
            // What browsers and tools send when they do not know: decided by the content.
            case "", "application/octet-stream", "application/vnd.ms-excel" ->
                ImportFile.isZip(body) || body.length >= 8 && body[0] == (byte) 0xD0 && body[1] == (byte) 0xCF
                        ? ImportFile.xlsx(body)
                        : ImportFile.csv(body);
            default -> throw unsupported("Send the file as " + CSV + " or " + XLSX + ", not " + type);
        };
    }

    static ProblemException unsupported(String detail) {
        return ProblemException.of(415, "http-415", "Unsupported Media Type", detail);
    }

    private static boolean isKeyClash(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().contains("external_key")) {
                return true;
            }
        }
        return false;
    }
}
