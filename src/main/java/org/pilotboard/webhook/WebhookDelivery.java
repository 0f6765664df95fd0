package org.pilotboard.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One event for one webhook: a row of the outbox. Written by {@link WebhookOutbox} in the business
 * transaction, claimed, sent and updated by {@link WebhookDispatcher} with SQL of its own.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";

    @Id
    public Long id;

    public long webhookId;
    public String eventType;
    public UUID eventId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> payload;

    public String status;
    public int attempts;
    public Instant nextAttemptAt;
    public UUID claimToken;
    public Instant lastAttemptAt;
    public Integer lastStatusCode;
    public String lastError;
    public Instant createdAt;
    public Instant deliveredAt;
}
