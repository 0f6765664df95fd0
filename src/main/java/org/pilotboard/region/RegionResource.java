package org.pilotboard.region;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotboard.account.WriteAccess;
import org.pilotboard.http.Versioned;
import org.pilotboard.region.RegionViews.RegionView;
import org.pilotboard.region.RegionViews.RegionWrite;

@Path("/v1/regions")
@Tag(name = "Regions", description = "Pilot regions and the approval of their implementation plans")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    private final RegionService regions;
    private final WriteAccess access;

    public RegionResource(RegionService regions, WriteAccess access) {
        this.regions = regions;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listRegions", summary = "All pilot regions, real ones first")
    @APIResponse(
            responseCode = "200",
            description = "Regions",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = RegionView.class),
                            examples = @ExampleObject(name = "regions", value = "[" + RegionExamples.REGION + "]")))
    public List<RegionView> list() {
        return regions.list();
    }

    @POST
    @Operation(operationId = "createRegion", summary = "Create a pilot region (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new region",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Version of the new region",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = RegionView.class),
                            examples = @ExampleObject(name = "region", value = RegionExamples.REGION)))
    public Response create(
            @NotNull
                    @Valid
                    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
                            content =
                                    @Content(examples = @ExampleObject(name = "region", value = RegionExamples.WRITE)))
                    RegionWrite body,
            @Context UriInfo uri) {
        access.checkAdmin();
        RegionView created = regions.create(body, false);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.code()).build())
                .tag(Versioned.etag(created.version()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRegion", summary = "One region; honours If-None-Match")
    @APIResponse(
            responseCode = "200",
            description = "The region",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Send it back in If-Match to change the region",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = RegionView.class),
                            examples = @ExampleObject(name = "region", value = RegionExamples.REGION)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("code") @Parameter(example = "hefei-metro") String code, @Context Request request) {
        RegionView region = RegionView.of(regions.require(code));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(Versioned.etag(region.version()));
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(region).tag(Versioned.etag(region.version())).build();
    }

    @PUT
    @Path("/{code}")
    @Operation(operationId = "replaceRegion", summary = "Replace a region's fields (admin); needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The updated region",
            headers =
                    @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RegionView.class)))
    public Response replace(
            @PathParam("code") @Parameter(example = "hefei-metro") String code,
            @HeaderParam("If-Match")
                    @Parameter(required = true, description = "ETag of the region as read", example = "\"0\"")
                    String ifMatch,
            @NotNull @Valid RegionWrite body) {
        access.checkAdmin();
        RegionView updated = regions.replace(code, body, ifMatch);
        return Response.ok(updated).tag(Versioned.etag(updated.version())).build();
    }

    @DELETE
    @Path("/{code}")
    @Operation(operationId = "deleteRegion", summary = "Delete a region that has no tasks (admin); needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(
            @PathParam("code") @Parameter(example = "hefei-metro") String code,
            @HeaderParam("If-Match")
                    @Parameter(required = true, description = "ETag of the region as read", example = "\"0\"")
                    String ifMatch) {
        access.checkAdmin();
        regions.delete(code, ifMatch);
    }
}
