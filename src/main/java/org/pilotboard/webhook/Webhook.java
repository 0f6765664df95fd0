package org.pilotboard.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A URL that receives the events it subscribes to, signed with its secret. */
@Entity
public class Webhook extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> events;

    public String description;
    /** Kept as is: signing needs it. Never answered after creation. */
    public String secret;

    public boolean active;
    public String createdBy;

    @Version
    public int version;

    public Instant createdAt;
    public Instant updatedAt;
}
