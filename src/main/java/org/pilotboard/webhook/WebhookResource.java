package org.pilotboard.webhook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotboard.account.Caller;
import org.pilotboard.account.WriteAccess;
import org.pilotboard.http.PageResult;
import org.pilotboard.http.Params;
import org.pilotboard.http.ProblemException;
import org.pilotboard.http.Versioned;
import org.pilotboard.webhook.WebhookViews.DeliveryPage;
import org.pilotboard.webhook.WebhookViews.DeliveryView;
import org.pilotboard.webhook.WebhookViews.WebhookChange;
import org.pilotboard.webhook.WebhookViews.WebhookCreate;
import org.pilotboard.webhook.WebhookViews.WebhookCreated;
import org.pilotboard.webhook.WebhookViews.WebhookView;

@Path("/v1/webhooks")
@Tag(
        name = "Webhooks",
        description = "URLs that receive signed events: task.created, status_update.posted, milestone.status_changed,"
                + " task.stale, task.due_soon, task.overdue (admin)")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private static final String ID = "id";

    private final WebhookService webhooks;
    private final WriteAccess access;
    private final Caller caller;

    public WebhookResource(WebhookService webhooks, WriteAccess access, Caller caller) {
        this.webhooks = webhooks;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "Registered webhooks with counts of their deliveries (admin)")
    @APIResponse(
            responseCode = "200",
            description = "Webhooks",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookView.class)))
    public List<WebhookView> list() {
        access.checkAdminRead();
        return webhooks.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhook",
            summary = "Register a URL for events; answers the signing secret once (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookCreated.class)))
    public Response create(@NotNull @Valid WebhookCreate body, @Context UriInfo uri) {
        access.checkAdmin();
        WebhookCreated created = webhooks.create(body, caller.account().username);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.webhook().id()))
                        .build())
                .tag(Versioned.etag(created.webhook().version()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "One webhook (admin)")
    @APIResponse(
            responseCode = "200",
            description = "The webhook",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response get(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        access.checkAdminRead();
        WebhookView view = webhooks.get(Params.id(ID, id));
        return Response.ok(view).tag(Versioned.etag(view.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateWebhook",
            summary = "Change a webhook's URL, events, description, secret or active flag (admin); needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The changed webhook",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response change(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the webhook as read") String ifMatch,
            @NotNull @Valid WebhookChange body) {
        access.checkAdmin();
        WebhookView view = webhooks.change(Params.id(ID, id), body, ifMatch);
        return Response.ok(view).tag(Versioned.etag(view.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook and its deliveries (admin); needs If-Match")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the webhook as read") String ifMatch) {
        access.checkAdmin();
        webhooks.delete(Params.id(ID, id), ifMatch);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "A webhook's deliveries, newest first, with their outcomes (admin)")
    @APIResponse(
            responseCode = "200",
            description = "A page of deliveries",
            content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    public PageResult<DeliveryView> deliveries(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
            @QueryParam("status")
                    @Parameter(
                            description = "pending, delivered or failed",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"pending", "delivered", "failed"}))
                    String status,
            @QueryParam("page")
                    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
                    String page,
            @QueryParam("size")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    String size) {
        access.checkAdminRead();
        long webhookId = Params.id(ID, id);
        String s = Params.text("status", status, 20);
        if (s != null
                && !List.of(WebhookDelivery.PENDING, WebhookDelivery.DELIVERED, WebhookDelivery.FAILED)
                        .contains(s)) {
            throw ProblemException.invalid("status", "query", "must be pending, delivered or failed");
        }
        Integer p = Params.integer("page", page, 0, 1_000_000);
        Integer n = Params.integer("size", size, 1, 100);
        return webhooks.deliveries(webhookId, s, p == null ? 0 : p, n == null ? 20 : n);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/retry")
    @Operation(
            operationId = "retryWebhookDelivery",
            summary =
                    "Send a delivery again: a failed or delivered one is queued afresh, a waiting one goes now (admin)")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response retry(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
            @PathParam("deliveryId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String deliveryId) {
        access.checkAdmin();
        DeliveryView view = webhooks.retry(Params.id(ID, id), Params.id("deliveryId", deliveryId));
        return Response.accepted(view).build();
    }

    @POST
    @Path("/{id}/ping")
    @Operation(
            operationId = "pingWebhook",
            summary = "Queue a ping event to the webhook, to check the receiver and its signature check (admin)")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response ping(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        access.checkAdmin();
        return Response.accepted(webhooks.ping(Params.id(ID, id), caller.account().username))
                .build();
    }
}
