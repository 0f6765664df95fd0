package org.pilotboard.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One write, as recorded in the append-only audit trail. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;
    public Long actorId;
    public String actorName;
    public String address;
    public String action;
    public String entityType;
    public String entityId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> after;
}
