package org.pilotboard.account;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotboard.account.AccountViews.UserChange;
import org.pilotboard.account.AccountViews.UserCreate;
import org.pilotboard.account.AccountViews.UserView;
import org.pilotboard.http.PageResult;
import org.pilotboard.http.Params;
import org.pilotboard.http.Versioned;

@Path("/v1/users")
@Tag(name = "Users", description = "User accounts, roles and regions (admin)")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private final AccountService accounts;
    private final Caller caller;
    private final WriteAccess access;

    public UserResource(AccountService accounts, Caller caller, WriteAccess access) {
        this.accounts = accounts;
        this.caller = caller;
        this.access = access;
    }

    @Schema(name = "UserPage")
    public record UserPage(java.util.List<UserView> items, int page, int size, long totalItems, int totalPages) {}

    @GET
    @Operation(operationId = "listUsers", summary = "User accounts, by username (admin)")
    @APIResponse(
            responseCode = "200",
            description = "A page of users",
            content = @Content(schema = @Schema(implementation = UserPage.class)))
    public PageResult<UserView> list(
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
        return accounts.users(p == null ? 0 : p, s == null ? 50 : s);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createUser",
            summary = "Create a user with a role and, for officials, their regions (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response create(@NotNull @Valid UserCreate body, @Context UriInfo uri) {
        access.checkAdmin();
        UserView user = accounts.createUser(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(user.id()))
                        .build())
                .tag(Versioned.etag(user.version()))
                .entity(user)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "One user (admin)")
    @APIResponse(
            responseCode = "200",
            description = "The user",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response get(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        access.checkAdminRead();
        UserView user = accounts.user(Params.id("id", id));
        return Response.ok(user).tag(Versioned.etag(user.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateUser",
            summary = "Change a user's name, e-mail, role, regions, disabled flag or password (admin); needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The changed user",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response change(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
            @HeaderParam("If-Match") @Parameter(required = true, description = "ETag of the user as read")
                    String ifMatch,
            @NotNull @Valid UserChange body) {
        access.checkAdmin();
        UserView user = accounts.changeUser(caller, Params.id("id", id), body, ifMatch);
        return Response.ok(user).tag(Versioned.etag(user.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteUser",
            summary = "Disable a user for good and revoke their tokens (admin); the account stays for the audit trail")
    @APIResponse(responseCode = "204", description = "Disabled")
    public void delete(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
            @HeaderParam("If-Match") @Parameter(required = true, description = "ETag of the user as read")
                    String ifMatch) {
        access.checkAdmin();
        accounts.deleteUser(caller, Params.id("id", id), ifMatch);
    }
}
