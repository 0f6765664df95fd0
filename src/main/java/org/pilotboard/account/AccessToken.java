package org.pilotboard.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bearer token: a sign-in session or a long-lived API token. Only its SHA-256 is stored. */
@Entity
@Table(name = "access_token")
public class AccessToken extends PanacheEntityBase {

    public static final String SESSION = "session";
    public static final String API = "api";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    public String kind;
    public String name;
    public String tokenHash;
    public boolean readOnly;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant lastUsedAt;
    public Instant revokedAt;

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now)) && !account.disabled;
    }
}
