package org.pilotboard.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the sign-in, token and user endpoints send and receive. Passwords and token hashes never leave. */
public final class AccountViews {

    private AccountViews() {}

    @Schema(name = "User", description = "A user account (never with its password)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UserView(
            long id,
            @Schema(example = "hefei-official") String username,
            @Schema(example = "合肥市发展改革委 王芳") String displayName,
            @Schema(example = "wang@example.gov.cn") String email,

            @Schema(description = "Whether reminder e-mails go to this user (they turn it off themselves)")
            boolean emailReminders,

            Role role,

            @Schema(description = "Codes of the regions an official writes in")
            List<String> regions,

            boolean disabled,

            @Schema(description = "Version for If-Match; also the ETag")
            int version,

            Instant createdAt,
            Instant updatedAt) {

        static UserView of(Account a) {
            return new UserView(
                    a.id,
                    a.username,
                    a.displayName,
                    a.email,
                    a.emailReminders,
                    a.role,
                    a.regions.stream().map(r -> r.code).sorted().toList(),
                    a.disabled,
                    a.version,
                    a.createdAt,
                    a.updatedAt);
        }
    }

    @Schema(name = "LoginRequest")
    public record LoginRequest(
            @NotBlank @Size(max = 100) @Schema(example = "admin")
            String username,

            @NotBlank @Size(max = 200) @Schema(example = "correct horse battery staple")
            String password,

            @Schema(
                    description = "For a browser: the session goes into an HttpOnly cookie instead of the answer, "
                            + "and every write must then send X-CSRF-Token with the answer's csrfToken")
            Boolean cookie) {}

    @Schema(
            name = "LoginResponse",
            description = "A session token: send it as Authorization: Bearer <token>. "
                    + "With cookie: true, the session is in the cookie, and the answer has csrfToken instead of token")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LoginResponse(
            @Schema(example = "pbs_Jq3…") String token,
            Instant expiresAt,
            UserView user,

            @Schema(description = "Only for a cookie session: send it as X-CSRF-Token with every write")
            String csrfToken) {

        LoginResponse forCookie(String csrf) {
            return new LoginResponse(null, expiresAt, user, csrf);
        }
    }

    @Schema(name = "Me", description = "Who the caller is and what they may do")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeView(
            UserView user,
            @Schema(description = "session or api") String tokenKind,

            @Schema(description = "A read-only API token cannot write")
            boolean readOnly,

            Instant tokenExpiresAt,

            @Schema(description = "May manage regions, users, the catalogue and milestones, and write in every region")
            boolean admin,

            @Schema(description = "Regions whose tasks the caller may create and update (every region for an admin)")
            List<String> writableRegions,

            @Schema(description = "Only when signed in by the session cookie: send it as X-CSRF-Token with every write")
            String csrfToken) {}

    @Schema(name = "EmailReminders")
    public record EmailReminders(
            @NotNull @Schema(description = "Send me reminder e-mails", example = "false")
            Boolean enabled) {}

    @Schema(name = "PasswordChange")
    public record PasswordChange(
            @NotBlank @Size(max = 200) String currentPassword,

            @NotNull
            @Size(max = 200)
            @Schema(description = "At least 12 characters, at least 5 different ones, not containing the username")
            String newPassword) {}

    @Schema(name = "TokenCreate", description = "A long-lived API token for another system")
    public record TokenCreate(
            @NotBlank @Size(max = 100) @Schema(example = "provincial statistics sync")
            String name,

            @Schema(description = "Refuse every write made with this token")
            Boolean readOnly,

            @Schema(description = "When the token stops working; never when absent")
            Instant expiresAt) {}

    @Schema(name = "Token", description = "An API token (the secret itself is shown only once, at creation)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TokenView(
            long id,
            String name,
            String kind,
            boolean readOnly,
            String owner,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        static TokenView of(AccessToken t) {
            return new TokenView(
                    t.id,
                    t.name,
                    t.kind,
                    t.readOnly,
                    t.account.username,
                    t.createdAt,
                    t.expiresAt,
                    t.lastUsedAt,
                    t.revokedAt);
        }
    }

    @Schema(name = "TokenCreated", description = "The new token: copy it now, it is not shown again")
    public record TokenCreated(@Schema(example = "pbt_9fQ…") String token, TokenView details) {}

    @Schema(name = "UserCreate")
    public record UserCreate(
            @NotBlank
            @Size(min = 3, max = 60)
            @Pattern(
                    regexp = "[a-z0-9][a-z0-9._-]*",
                    message = "lower-case letters, digits, dot, underscore and hyphen")
            @Schema(example = "hefei-official")
            String username,

            @NotBlank @Size(max = 100) @Schema(example = "合肥市发展改革委 王芳")
            String displayName,

            @Email @Size(max = 200) String email,

            @NotNull @Size(max = 200) @Schema(description = "At least 12 characters, not containing the username")
            String password,

            @NotNull Role role,
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> regions) {}

    @Schema(name = "UserChange", description = "Fields to change; absent fields stay. A password here resets it.")
    public record UserChange(
            @Size(min = 1, max = 100) String displayName,
            @Email @Size(max = 200) String email,
            Role role,
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> regions,
            Boolean disabled,
            @Size(max = 200) String password) {}
}
