package org.pilotboard.account;

import jakarta.enterprise.context.RequestScoped;

/** Who is calling in this request: nobody (the public), or an account through one of its tokens. */
@RequestScoped
public class Caller {

    private Account account;
    private AccessToken token;
    private String address;

    void signIn(Account account, AccessToken token) {
        this.account = account;
        this.token = token;
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
