package org.pilotboard.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A user who signs in: an official bound to regions, a viewer or an admin. */
@Entity
public class Account extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;
    public String displayName;
    public String email;

    /** Whether reminder e-mails go to this user; they turn it off themselves (PUT /me/email-reminders). */
    public boolean emailReminders = true;
    /** bcrypt hash; the password itself is never stored or returned. */
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    public boolean disabled;

    @ManyToMany
    @JoinTable(
            name = "account_region",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "region_id"))
    public Set<RegionRef> regions = new HashSet<>();

    @Version
    public int version;

    public Instant createdAt;
    public Instant updatedAt;

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean mayWriteIn(String regionCode) {
        return role == Role.admin || role == Role.official && regions.stream().anyMatch(r -> r.code.equals(regionCode));
    }
}
