package org.pilotboard.account;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.pilotboard.account.AccountViews.LoginRequest;
import org.pilotboard.account.AccountViews.LoginResponse;
import org.pilotboard.account.AccountViews.MeView;
import org.pilotboard.account.AccountViews.TokenCreate;
import org.pilotboard.account.AccountViews.TokenCreated;
import org.pilotboard.account.AccountViews.TokenView;
import org.pilotboard.account.AccountViews.UserChange;
import org.pilotboard.account.AccountViews.UserCreate;
import org.pilotboard.account.AccountViews.UserView;
import org.pilotboard.config.AppClock;
import org.pilotboard.config.PilotboardConfig;
import org.pilotboard.http.PageResult;
import org.pilotboard.http.ProblemException;
import org.pilotboard.http.Versioned;

/** Sign-in, sessions, API tokens and user accounts. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    private static final String INVALID_LOGIN = "Invalid username or password";

    private final PilotboardConfig config;
    private final AppClock clock;
    private final AccountAudit audit;
    private final LoginThrottle throttle;

    public AccountService(PilotboardConfig config, AppClock clock, AccountAudit audit, LoginThrottle throttle) {
        this.config = config;
        this.clock = clock;
        this.audit = audit;
        this.throttle = throttle;
    }

    /** Creates the administrator at the first start, when there is none. */
    @Transactional
    void bootstrapAdmin(@Observes @Priority(25) StartupEvent start) {
        if (Account.count("role", Role.admin) > 0) {
            return;
        }
        String username = config.admin().username();
        String password = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = Tokens.newPassword();
        }
        try {
            PasswordPolicy.check("password", password, username);
        } catch (ProblemException e) {
            throw new IllegalStateException("PILOTBOARD_ADMIN_PASSWORD (pilotboard.admin.password) is refused: "
                    + e.getMessage() + ". Choose another one.");
        }
        Account admin = Account.findByUsername(username).orElseGet(Account::new);
        admin.username = username;
        admin.displayName = "Administrator";
        admin.passwordHash = PasswordPolicy.hash(password);
        admin.role = Role.admin;
        admin.disabled = false;
        admin.createdAt = admin.createdAt == null ? clock.now() : admin.createdAt;
        admin.updatedAt = clock.now();
        admin.persist();
        audit.record("user.bootstrap_admin", "user", username, null, UserView.of(admin));
        if (generated) {
            LOG.warnf(
                    "Created the administrator '%s' with the generated password: %s  (shown only this once; "
                            + "set PILOTBOARD_ADMIN_PASSWORD before the first start to choose it)",
                    username, password);
        } else {
            LOG.infof("Created the administrator '%s' with the password from PILOTBOARD_ADMIN_PASSWORD", username);
        }
    }

    // ---- sign-in ----------------------------------------------------------------------------

    /**
     * Signs in; the same answer for an unknown user and a wrong password. Failures are kept even though
     * the call fails. With {@code cookie} the session is for the browser: the caller sets it as an HttpOnly
     * cookie, and the answer carries the CSRF token instead of the session token.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public LoginResponse login(LoginRequest request, String address) {
        String username = request.username().strip().toLowerCase();
        String from = address == null ? "unknown" : address;
        throttle.check(username, from);
        Account account = Account.findByUsername(username).orElse(null);
        boolean valid = PasswordPolicy.matches(request.password(), account == null ? null : account.passwordHash);
        if (!valid || account.disabled) {
            throttle.failed(username, from);
            audit.recordBy(
                    "auth.login_failed", "user", username, username, account == null ? null : account.id, from, null);
            throw ProblemException.of(401, "unauthorized", "Unauthorized", INVALID_LOGIN);
        }
        throttle.succeeded(username, from);
        Instant expires = clock.now().plus(config.sessionLifetime());
        String token =
                issue(account, AccessToken.SESSION, "sign-in", false, expires).secret();
        audit.recordBy("auth.login", "user", account.id, account.username, account.id, from, null);
        return new LoginResponse(token, expires, UserView.of(account), null);
    }

    @Transactional
    public void logout(Caller caller) {
        AccessToken token = AccessToken.findById(caller.token().id);
        token.revokedAt = clock.now();
        audit.record("auth.logout", "user", caller.account().id, null, null);
    }

    /** Ends every sign-in session of the caller's account, this one included; API tokens stay. */
    @Transactional
    public void logoutEverywhere(Caller caller) {
        Account account = Account.findById(caller.account().id);
        revokeAll(account, AccessToken.SESSION);
        audit.record("auth.logout_everywhere", "user", account.id, null, null);
    }

    public MeView me(Caller caller) {
        Account a = caller.account();
        List<String> writable = a.role == Role.admin
                ? RegionRef.<RegionRef>listAll(Sort.by("code")).stream()
                        .map(r -> r.code)
                        .toList()
                : a.role == Role.official
                        ? a.regions.stream().map(r -> r.code).sorted().toList()
                        : List.of();
        AccessToken t = caller.token();
        return new MeView(
                UserView.of(a),
                t.kind,
                t.readOnly,
                t.expiresAt,
                a.role == Role.admin,
                t.readOnly ? List.of() : writable,
                caller.csrfToken());
    }

    /** Changes the caller's own password; ends their other sessions. */
    @Transactional
    public void changeOwnPassword(Caller caller, AccountViews.PasswordChange change) {
        Account account = Account.findById(caller.account().id, LockModeType.PESSIMISTIC_WRITE);
        if (!PasswordPolicy.matches(change.currentPassword(), account.passwordHash)) {
            throw ProblemException.invalid("currentPassword", "body", "is not your current password");
        }
        PasswordPolicy.check("newPassword", change.newPassword(), account.username);
        account.passwordHash = PasswordPolicy.hash(change.newPassword());
        account.updatedAt = clock.now();
        for (AccessToken t : AccessToken.<AccessToken>list(
                "account.id = ?1 and kind = ?2 and revokedAt is null", account.id, AccessToken.SESSION)) {
            if (!t.id.equals(caller.token().id)) {
                t.revokedAt = clock.now();
            }
        }
        audit.record("user.password_change", "user", account.id, null, null);
    }

    /** Turns the caller's own reminder e-mails on or off (the inbox is not affected). */
    @Transactional
    public MeView setEmailReminders(Caller caller, boolean enabled) {
        Account account = Account.findById(caller.account().id, LockModeType.PESSIMISTIC_WRITE);
        if (account.emailReminders != enabled) {
            audit.record(
                    "user.email_reminders",
                    "user",
                    account.id,
                    Map.of("emailReminders", account.emailReminders),
                    Map.of("emailReminders", enabled));
            account.emailReminders = enabled;
            account.updatedAt = clock.now();
        }
        caller.account().emailReminders = enabled;
        return me(caller);
    }

    /**
     * Sets a user's password from the command line ({@code set-password}, docs/accounts.md): the way back
     * in for an administrator who lost theirs. Re-enables the account and ends all its sessions and tokens.
     */
    @Transactional
    public void setPasswordFromCommandLine(String username, String password) {
        Account account = Account.findByUsername(username.strip().toLowerCase())
                .orElseThrow(() -> new IllegalArgumentException("there is no user '" + username + "'"));
        PasswordPolicy.check("password", password, account.username);
        account.passwordHash = PasswordPolicy.hash(password);
        account.disabled = false;
        account.updatedAt = clock.now();
        revokeAll(account, null);
        audit.record("user.password_set_from_command_line", "user", account.id, null, null);
        LOG.infof(
                "Set a new password for '%s' from the command line; its sessions and API tokens are revoked",
                account.username);
    }

    // ---- API tokens -------------------------------------------------------------------------

    @Transactional
    public List<TokenView> tokens(Caller caller, boolean all) {
        if (all && !caller.isAdmin()) {
            throw ProblemException.of(403, "forbidden", "Forbidden", "Only an admin can list everyone's tokens");
        }
        var query = all
                ? AccessToken.<AccessToken>find("kind", Sort.by("createdAt").descending(), AccessToken.API)
                : AccessToken.<AccessToken>find(
                        "kind = ?1 and account.id = ?2",
                        Sort.by("createdAt").descending(),
                        AccessToken.API,
                        caller.account().id);
        return query.list().stream().map(TokenView::of).toList();
    }

    @Transactional
    public TokenCreated createToken(Caller caller, TokenCreate request) {
        if (request.expiresAt() != null && !request.expiresAt().isAfter(clock.now())) {
            throw ProblemException.invalid("expiresAt", "body", "must be in the future");
        }
        // A read-only token cannot mint a token with more power than itself.
        boolean readOnly = Boolean.TRUE.equals(request.readOnly()) || caller.token().readOnly;
        Account account = Account.findById(caller.account().id);
        Issued issued = issue(account, AccessToken.API, request.name().strip(), readOnly, request.expiresAt());
        TokenView view = TokenView.of(issued.token());
        audit.record("token.create", "token", issued.token().id, null, view);
        return new TokenCreated(issued.secret(), view);
    }

    @Transactional
    public void revokeToken(Caller caller, long id) {
        AccessToken token = AccessToken.<AccessToken>findByIdOptional(id)
                .filter(t -> t.kind.equals(AccessToken.API))
                .orElseThrow(() -> ProblemException.notFound("Token", id));
        if (!caller.isAdmin() && !token.account.id.equals(caller.account().id)) {
            throw ProblemException.notFound("Token", id); // others' tokens are not shown to exist
        }
        TokenView before = TokenView.of(token);
        if (token.revokedAt == null) {
            token.revokedAt = clock.now();
        }
        audit.record("token.revoke", "token", id, before, TokenView.of(token));
    }

    /** A stored token and its secret, which is shown once and never stored. */
    private record Issued(AccessToken token, String secret) {}

    private Issued issue(Account account, String kind, String name, boolean readOnly, Instant expires) {
        String token = Tokens.newToken(kind);
        AccessToken t = new AccessToken();
        t.account = account;
        t.kind = kind;
        t.name = name;
        t.tokenHash = Tokens.hash(token);
        t.readOnly = readOnly;
        t.createdAt = clock.now();
        t.expiresAt = expires;
        t.persist();
        return new Issued(t, token);
    }

    // ---- users ------------------------------------------------------------------------------

    @Transactional
    public PageResult<UserView> users(int page, int size) {
        var query = Account.<Account>findAll(Sort.by("username"));
        long total = query.count();
        return PageResult.of(
                query.page(Page.of(page, size)).list().stream()
                        .map(UserView::of)
                        .toList(),
                page,
                size,
                total);
    }

    @Transactional
    public UserView user(long id) {
        return UserView.of(requireUser(id));
    }

    @Transactional
    public UserView createUser(UserCreate request) {
        String username = request.username();
        if (Account.findByUsername(username).isPresent()) {
            throw ProblemException.conflict("User '" + username + "' already exists");
        }
        PasswordPolicy.check("password", request.password(), username);
        Account account = new Account();
        account.username = username;
        account.displayName = request.displayName().strip();
        account.email = blankToNull(request.email());
        account.passwordHash = PasswordPolicy.hash(request.password());
        account.role = request.role();
        account.regions = regions(request.regions());
        account.createdAt = clock.now();
        account.updatedAt = account.createdAt;
        account.persist();
        account.flush();
        UserView view = UserView.of(account);
        audit.record("user.create", "user", account.id, null, view);
        return view;
    }

    @Transactional
    public UserView changeUser(Caller caller, long id, UserChange change, String ifMatch) {
        Account account = lockUser(id);
        Versioned.requireMatch(ifMatch, account.version, "user");
        UserView before = UserView.of(account);
        boolean losesAdmin = account.role == Role.admin
                && (change.role() != null && change.role() != Role.admin || Boolean.TRUE.equals(change.disabled()));
        if (losesAdmin && Account.count("role = ?1 and disabled = false and id <> ?2", Role.admin, id) == 0) {
            throw ProblemException.conflict("This is the last active admin; make another admin first");
        }
        if (change.displayName() != null) {
            account.displayName = change.displayName().strip();
        }
        if (change.email() != null) {
            account.email = blankToNull(change.email());
        }
        if (change.role() != null) {
            account.role = change.role();
        }
        if (change.regions() != null) {
            account.regions = regions(change.regions());
        }
        if (change.password() != null) {
            PasswordPolicy.check("password", change.password(), account.username);
            account.passwordHash = PasswordPolicy.hash(change.password());
            revokeAll(account, AccessToken.SESSION);
        }
        if (change.disabled() != null && change.disabled() != account.disabled) {
            account.disabled = change.disabled();
            if (account.disabled) {
                revokeAll(account, null);
            }
        }
        account.updatedAt = clock.now();
        account.flush();
        UserView after = UserView.of(account);
        audit.record(
                change.password() != null ? "user.change_with_password_reset" : "user.change",
                "user",
                id,
                before,
                after);
        return after;
    }

    /** Users are never removed (the audit trail names them): DELETE disables the account and revokes its tokens. */
    @Transactional
    public void deleteUser(Caller caller, long id, String ifMatch) {
        changeUser(caller, id, new UserChange(null, null, null, null, true, null), ifMatch);
    }

    private void revokeAll(Account account, String kind) {
        for (AccessToken t : AccessToken.<AccessToken>list("account.id", account.id)) {
            if (t.revokedAt == null && (kind == null || kind.equals(t.kind))) {
                t.revokedAt = clock.now();
            }
        }
    }

    private static Set<RegionRef> regions(List<String> codes) {
        Set<RegionRef> regions = new HashSet<>();
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                int index = i;
                regions.add(RegionRef.findByCode(code)
                        .orElseThrow(() -> ProblemException.invalid(
                                "regions[" + index + "]", "body", "no region '" + code + "'")));
            }
        }
        return regions;
    }

    private static Account requireUser(long id) {
        return Account.<Account>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("User", id));
    }

    private static Account lockUser(long id) {
        Account account = Account.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw ProblemException.notFound("User", id);
        }
        return account;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
