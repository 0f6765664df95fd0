package org.pilotboard.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.pilotboard.config.AppClock;

/**
 * Writes events into the outbox table, in the caller's transaction: the deliveries commit with the
 * write that caused them, or not at all. After the commit the dispatcher is woken, so deliveries
 * go out at once rather than at its next poll.
 */
@ApplicationScoped
public class WebhookOutbox {

    private static final String WAKE_KEY = WebhookOutbox.class.getName() + ".wake";

    private final EntityManager em;
    private final ObjectMapper json;
    private final AppClock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final WebhookDispatcher dispatcher;

    public WebhookOutbox(
            EntityManager em,
            ObjectMapper json,
            AppClock clock,
            TransactionSynchronizationRegistry transactions,
            WebhookDispatcher dispatcher) {
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
        this.dispatcher = dispatcher;
    }

    /**
     * Queues one delivery of the event for every active webhook subscribed to it; answers how many.
     * The payload's data is only built when someone subscribes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(String type, Supplier<Object> data) {
        List<?> subscribers = em.createNativeQuery(
                        "SELECT id FROM webhook WHERE active AND CAST(:type AS text) = ANY (events) LIMIT 1")
                .setParameter("type", type)
                .getResultList();
        if (subscribers.isEmpty()) {
            return 0;
        }
        Instant now = clock.now();
        UUID eventId = UUID.randomUUID();
        int queued = em.createNativeQuery("""
                INSERT INTO webhook_delivery (webhook_id, event_type, event_id, payload, status, attempts, next_attempt_at, created_at)
                SELECT id, :type, CAST(:eventId AS uuid), CAST(:payload AS jsonb), 'pending', 0, :now, :now
                  FROM webhook WHERE active AND CAST(:type AS text) = ANY (events)""")
                .setParameter("type", type)
                .setParameter("eventId", eventId.toString())
                .setParameter("payload", envelope(eventId, type, now, data.get()))
                .setParameter("now", now)
                .executeUpdate();
        wakeAfterCommit();
        return queued;
    }

    /** Queues an event for one webhook, whatever it subscribes to (a ping); answers the delivery's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueueTo(long webhookId, String type, Object data) {
        Instant now = clock.now();
        UUID eventId = UUID.randomUUID();
        Number id = (Number) em.createNativeQuery("""
                INSERT INTO webhook_delivery (webhook_id, event_type, event_id, payload, status, attempts, next_attempt_at, created_at)
                VALUES (:webhook, :type, CAST(:eventId AS uuid), CAST(:payload AS jsonb), 'pending', 0, :now, :now)
                RETURNING id""")
                .setParameter("webhook", webhookId)
                .setParameter("type", type)
                .setParameter("eventId", eventId.toString())
                .setParameter("payload", envelope(eventId, type, now, data))
                .setParameter("now", now)
                .getSingleResult();
        wakeAfterCommit();
        return id.longValue();
    }

    /** Has the dispatcher look for due deliveries once this transaction has committed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void wakeAfterCommit() {
        if (transactions.getResource(WAKE_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatcher.wake();
                }
            }
        });
    }

    /** The body every receiver gets: {id, type, occurredAt, data}. */
    private String envelope(UUID eventId, String type, Instant at, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId.toString());
        body.put("type", type);
        body.put("occurredAt", at);
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the " + type + " event as JSON", e);
        }
    }
}
