package org.pilotboard.account;

import jakarta.enterprise.context.RequestScoped;

/** Who is calling in this request: nobody (the public), or an account through one of its tokens. */
@RequestScoped
public class Caller {

    private Account account;
    private AccessToken token;
    private String address;
    private String csrfToken;
    private boolean secureTransport;

    void signIn(Account account, AccessToken token) {
        this.account = account;
        this.token = token;
    }

    /** Signed in by the session cookie, whose writes must carry this CSRF token. */
    void signInByCookie(Account account, AccessToken token, String csrfToken) {
        signIn(account, token);
        this.csrfToken = csrfToken;
    }

    void secureTransport(boolean secure) {
        this.secureTransport = secure;
    }

    /** The CSRF token of a cookie session; null for a bearer token or nobody. */
    public String csrfToken() {
        return csrfToken;
    }

    /** Whether the client reached us over HTTPS (itself, or through the trusted proxy): the cookie is then Secure. */
    boolean secureTransport() {
        return secureTransport;
    }

    void from(String address) {
        this.address = address;
    }

    public boolean signedIn() {
        return account != null;
    }

    public Account account() {
        return account;
    }

    public AccessToken token() {
        return token;
    }

    /** The client's address, for the audit trail and login throttling. */
    public String address() {
        return address;
    }

    public boolean isAdmin() {
        return account != null && account.role == Role.admin;
    }
}
