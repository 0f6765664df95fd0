package org.pilotboard.account;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.pilotboard.http.ClientAddress;
import org.pilotboard.http.Problem;

/**
 * Resolves the bearer token or the session cookie of every API request into the {@link Caller}, and
 * refuses any write by a caller who is not signed in (401) before its body is even read. Reads stay
 * public. A write signed in by the cookie must also send the session's CSRF token in X-CSRF-Token
 * (403 otherwise): another site can make the browser send the cookie, never read or send the token.
 */
public class Authentication {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String LOGIN = "/api/v1/auth/login";
    public static final String COOKIE = "pilotboard_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final TokenAuthenticator authenticator;
    private final Caller caller;
    private final ClientAddress clientAddress;

    public Authentication(TokenAuthenticator authenticator, Caller caller, ClientAddress clientAddress) {
        this.authenticator = authenticator;
        this.caller = caller;
        this.clientAddress = clientAddress;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request, HttpServerRequest http) {
        caller.from(clientAddress.of(http));
        caller.secureTransport(clientAddress.secure(http));
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String path = http.path(); // not the UriInfo: it cannot build a URI for a request without a Host header
        if (header != null && !header.isBlank()) {
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return Optional.of(unauthorized(path, "Send the token as: Authorization: Bearer <token>"));
            }
            Optional<TokenAuthenticator.Identity> identity =
                    authenticator.identify(header.substring(7).strip());
            if (identity.isEmpty()) {
                return Optional.of(
                        unauthorized(path, "The token is unknown, expired or revoked, or its account is disabled"));
            }
            caller.signIn(identity.get().account(), identity.get().token());
        } else if (!path.equals(LOGIN)) {
            Optional<Response> refused = fromCookie(request, path);
            if (refused.isPresent()) {
                return refused;
            }
        }
        if (!caller.signedIn() && !READS.contains(request.getMethod()) && !path.equals(LOGIN)) {
            return Optional.of(
                    unauthorized(path, "Sign in first: POST " + LOGIN + ", then send Authorization: Bearer <token>"));
        }
        return Optional.empty();
    }

    /**
     * A cookie that is no longer a session is ignored, so that a public page still reads as the public;
     * but a call that claims a session by its X-CSRF-Token (the console's) is refused with 401 at once.
     */
    private Optional<Response> fromCookie(ContainerRequestContext request, String path) {
        Cookie cookie = request.getCookies().get(COOKIE);
        String sent = request.getHeaderString(CSRF_HEADER);
        Optional<TokenAuthenticator.Identity> identity =
                cookie == null || cookie.getValue() == null || cookie.getValue().isBlank()
                        ? Optional.empty()
                        : authenticator.identify(cookie.getValue());
        if (identity.isEmpty() || !identity.get().token().kind.equals(AccessToken.SESSION)) {
            return sent == null
                    ? Optional.empty()
                    : Optional.of(unauthorized(
                            path, "The session ended (signed out, expired, idle or revoked); sign in again"));
        }
        String csrf = Tokens.csrfToken(cookie.getValue());
        if (!READS.contains(request.getMethod()) && !Tokens.same(csrf, sent)) {
            return Optional.of(Response.status(403)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem(
                            "urn:pilotboard:problem:csrf",
                            "Forbidden",
                            403,
                            "A write signed in by the session cookie must send " + CSRF_HEADER
                                    + " with the csrfToken of the sign-in (also in GET /api/v1/me)",
                            path,
                            null))
                    .build());
        }
        caller.signInByCookie(identity.get().account(), identity.get().token(), csrf);
        return Optional.empty();
    }

    static Response unauthorized(String path, String detail) {
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer realm=\"pilotboard\"")
                .entity(new Problem("urn:pilotboard:problem:unauthorized", "Unauthorized", 401, detail, path, null))
                .build();
    }
}
