package org.pilotboard.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotboard.account.AccountViews.LoginRequest;
import org.pilotboard.account.AccountViews.LoginResponse;
import org.pilotboard.account.AccountViews.MeView;
import org.pilotboard.account.AccountViews.TokenCreate;
import org.pilotboard.account.AccountViews.TokenCreated;
import org.pilotboard.account.AccountViews.TokenView;
import org.pilotboard.http.Params;

@Path("/v1")
@Tag(name = "Sign-in", description = "Sessions, who am I, and API tokens for other systems")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AccountService accounts;
    private final Caller caller;
    private final WriteAccess access;

    public AuthResource(AccountService accounts, Caller caller, WriteAccess access) {
        this.accounts = accounts;
        this.caller = caller;
        this.access = access;
    }

    @POST
    @Path("/auth/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "login", summary = "Sign in with username and password; answers a session token")
    @APIResponse(
            responseCode = "200",
            description = "Signed in (with cookie: true, the session is set as the HttpOnly cookie pilotboard_session)",
            content =
                    @Content(
                            schema = @Schema(implementation = LoginResponse.class),
                            examples = @ExampleObject(name = "session", value = """
                    {"token": "pbs_3q2-…", "expiresAt": "2026-11-22T14:00:00Z",
                     "user": {"id": 2, "username": "hefei-official", "displayName": "合肥市发展改革委 王芳", "role": "official",
                              "regions": ["hefei-metro"], "disabled": false, "version": 0}}""")))
    @APIResponse(
            responseCode = "401",
            description = "Invalid username or password (the same answer for both)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(
            responseCode = "429",
            description =
                    "Too many failed sign-ins on this account or from this address (docs/security.md); see Retry-After",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response login(@NotNull @Valid LoginRequest body) {
        LoginResponse session = accounts.login(body, caller.address());
        if (!Boolean.TRUE.equals(body.cookie())) {
            return Response.ok(session).build();
        }
        // A browser session: the page never sees the session token, only the CSRF token derived from it.
        return Response.ok(session.forCookie(Tokens.csrfToken(session.token())))
                .cookie(sessionCookie(session.token(), -1))
                .build();
    }

    @POST
    @Path("/auth/logout")
    @Operation(
            operationId = "logout",
            summary = "End the session (or revoke the token) used for this call; clears the session cookie")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout() {
        access.requireSignedIn();
        accounts.logout(caller);
        return Response.noContent().cookie(sessionCookie("", 0)).build();
    }

    @POST
    @Path("/auth/logout-everywhere")
    @Operation(
            operationId = "logoutEverywhere",
            summary = "End every sign-in session of your account, on every device, this one included (API tokens stay)")
    @APIResponse(responseCode = "204", description = "Signed out everywhere")
    public Response logoutEverywhere() {
        access.requireSignedIn();
        accounts.logoutEverywhere(caller);
        return Response.noContent().cookie(sessionCookie("", 0)).build();
    }

    /**
     * HttpOnly (scripts cannot read it), SameSite=Strict (other sites' requests do not carry it), Secure
     * over HTTPS, for the API only; without Max-Age it ends with the browser, and the server ends it
     * after pilotboard.session-lifetime or pilotboard.session-idle-timeout.
     */
    private NewCookie sessionCookie(String value, int maxAge) {
        return new NewCookie.Builder(Authentication.COOKIE)
                .value(value)
                .path("/api")
                .httpOnly(true)
                .secure(caller.secureTransport())
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }

    @GET
    @Path("/auth/session")
    @Operation(
            operationId = "getSession",
            summary = "Who is signed in, or 204 for nobody: how a page finds out after a reload "
                    + "whether its session cookie is still a session, without an error")
    @APIResponse(
            responseCode = "200",
            description = "Signed in",
            content = @Content(schema = @Schema(implementation = MeView.class)))
    @APIResponse(responseCode = "204", description = "Not signed in")
    public Response session() {
        return caller.signedIn()
                ? Response.ok(accounts.me(caller)).build()
                : Response.noContent().build();
    }

    @GET
    @Path("/me")
    @Operation(operationId = "getMe", summary = "Who the caller is and what they may do")
    @APIResponse(
            responseCode = "200",
            description = "The caller",
            content = @Content(schema = @Schema(implementation = MeView.class)))
    public MeView me() {
        access.requireSignedIn();
        return accounts.me(caller);
    }

    @PUT
    @Path("/me/email-reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setMyEmailReminders",
            summary = "Turn your own reminder e-mails on or off",
            description = "The console inbox (提醒) keeps every reminder either way.")
    @APIResponse(
            responseCode = "200",
            description = "The caller, with the setting",
            content = @Content(schema = @Schema(implementation = MeView.class)))
    public MeView setEmailReminders(@NotNull @Valid AccountViews.EmailReminders body) {
        access.requireSignedIn();
        return accounts.setEmailReminders(caller, body.enabled());
    }

    @POST
    @Path("/me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMyPassword", summary = "Change your own password; your other sessions end")
    @APIResponse(responseCode = "204", description = "Changed")
    public void changePassword(@NotNull @Valid AccountViews.PasswordChange body) {
        access.requireSignedIn();
        accounts.changeOwnPassword(caller, body);
    }

    @GET
    @Path("/tokens")
    @Operation(
            operationId = "listTokens",
            summary = "The caller's API tokens (all tokens for an admin with all=true); never their secrets")
    @APIResponse(
            responseCode = "200",
            description = "Tokens",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)))
    public List<TokenView> tokens(
            @QueryParam("all")
                    @Parameter(description = "Admins: everyone's tokens", schema = @Schema(type = SchemaType.BOOLEAN))
                    String all) {
        access.requireSignedIn();
        return accounts.tokens(caller, Boolean.TRUE.equals(Params.bool("all", all)));
    }

    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createToken",
            summary =
                    "Create an API token acting with the caller's permissions; the token is shown only in this answer")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = TokenCreated.class)))
    public Response createToken(@NotNull @Valid TokenCreate body) {
        access.requireSignedIn();
        return Response.status(201).entity(accounts.createToken(caller, body)).build();
    }

    @DELETE
    @Path("/tokens/{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke an API token: it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revokeToken(
            @PathParam("id") @Parameter(example = "7", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String id) {
        access.requireSignedIn();
        accounts.revokeToken(caller, Params.id("id", id));
    }
}
