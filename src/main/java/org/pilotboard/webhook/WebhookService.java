package org.pilotboard.webhook;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.pilotboard.audit.AuditTrail;
import org.pilotboard.config.AppClock;
import org.pilotboard.http.PageResult;
import org.pilotboard.http.Problem;
import org.pilotboard.http.ProblemException;
import org.pilotboard.http.Versioned;
import org.pilotboard.webhook.WebhookViews.DeliveryCounts;
import org.pilotboard.webhook.WebhookViews.DeliveryView;
import org.pilotboard.webhook.WebhookViews.WebhookChange;
import org.pilotboard.webhook.WebhookViews.WebhookCreate;
import org.pilotboard.webhook.WebhookViews.WebhookCreated;
import org.pilotboard.webhook.WebhookViews.WebhookView;

/** Registering webhooks, and what became of their deliveries. Every write is audited; secrets never are. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WebhookService {

    private final EntityManager em;
    private final WebhookOutbox outbox;
    private final WebhookConfig config;
    private final AuditTrail audit;
    private final AppClock clock;

    public WebhookService(
            EntityManager em, WebhookOutbox outbox, WebhookConfig config, AuditTrail audit, AppClock clock) {
        this.em = em;
        this.outbox = outbox;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<WebhookView> list() {
        List<Webhook> hooks = Webhook.listAll(Sort.by("id"));
        Map<Long, DeliveryCounts> counts = counts(null);
        return hooks.stream()
                .map(w -> WebhookView.of(w, counts.getOrDefault(w.id, DeliveryCounts.NONE)))
                .toList();
    }

    @Transactional
    public WebhookView get(long id) {
        return view(require(id));
    }

    @Transactional
    public WebhookCreated create(WebhookCreate request, String username) {
        Webhook w = new Webhook();
        w.url = WebhookUrls.check("url", request.url(), config.allowPrivateNetworks());
        w.events = events(request.events());
        w.description = blankToNull(request.description());
        String secret = request.secret() != null ? checkSecret(request.secret()) : WebhookSignature.newSecret();
        w.secret = secret;
        w.active = request.active() == null || request.active();
        w.createdBy = username;
        w.createdAt = clock.now();
        w.updatedAt = w.createdAt;
        w.persist();
        w.flush();
        WebhookView view = view(w);
        audit.record("webhook.create", "webhook", w.id, null, view);
        return new WebhookCreated(secret, view);
    }

    @Transactional
    public WebhookView change(long id, WebhookChange change, String ifMatch) {
        Webhook w = lock(id);
        Versioned.requireMatch(ifMatch, w.version, "webhook");
        WebhookView before = view(w);
        if (change.url() != null) {
            w.url = WebhookUrls.check("url", change.url(), config.allowPrivateNetworks());
        }
        if (change.events() != null) {
            w.events = events(change.events());
        }
        if (change.description() != null) {
            w.description = blankToNull(change.description());
        }
        if (change.secret() != null) {
            w.secret = checkSecret(change.secret());
        }
        if (change.active() != null) {
            w.active = change.active();
        }
        w.updatedAt = clock.now();
        w.flush();
        WebhookView after = view(w);
        // The audit record says that the secret changed, never what it is.
        audit.record(
                change.secret() != null ? "webhook.change_with_new_secret" : "webhook.change",
                "webhook",
                id,
                before,
                after);
        if (w.active) {
            outbox.wakeAfterCommit(); // deliveries held while it was inactive go out now
        }
        return after;
    }

    /** Removes the webhook and its deliveries; a delivery being sent right now is not recorded. */
    @Transactional
    public void delete(long id, String ifMatch) {
        Webhook w = lock(id);
        Versioned.requireMatch(ifMatch, w.version, "webhook");
        WebhookView before = view(w);
        em.createNativeQuery("DELETE FROM webhook_delivery WHERE webhook_id = :id")
                .setParameter("id", id)
                .executeUpdate();
        w.delete();
        audit.record("webhook.delete", "webhook", id, before, null);
    }

    @Transactional
    public PageResult<DeliveryView> deliveries(long webhookId, String status, int page, int size) {
        require(webhookId);
        var query = status == null
                ? WebhookDelivery.<WebhookDelivery>find("webhookId", Sort.descending("id"), webhookId)
                : WebhookDelivery.<WebhookDelivery>find(
                        "webhookId = ?1 and status = ?2", Sort.descending("id"), webhookId, status);
        long total = query.count();
        Instant now = clock.now();
        List<DeliveryView> items = query.page(Page.of(page, size)).list().stream()
                .map(d -> DeliveryView.of(d, now))
                .toList();
        return PageResult.of(items, page, size, total);
    }

    /**
     * Sends a delivery again: a failed or delivered one is queued afresh (attempts from 0), a pending
     * one waiting for its next attempt is due at once. One being sent right now is a 409.
     */
    @Transactional
    public DeliveryView retry(long webhookId, long deliveryId) {
        require(webhookId);
        WebhookDelivery d = WebhookDelivery.<WebhookDelivery>find("id = ?1 and webhookId = ?2", deliveryId, webhookId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (d == null) {
            throw ProblemException.notFound("Delivery", deliveryId);
        }
        Instant now = clock.now();
        DeliveryView before = withoutPayload(DeliveryView.of(d, now));
        if (before.inFlight()) {
            throw ProblemException.conflict(
                    "Delivery " + deliveryId + " is being sent right now; see its outcome in a moment");
        }
        if (!WebhookDelivery.PENDING.equals(d.status)) {
            d.status = WebhookDelivery.PENDING;
            d.attempts = 0;
            d.deliveredAt = null;
        }
        d.claimToken = null;
        d.nextAttemptAt = now;
        d.flush();
        DeliveryView after = DeliveryView.of(d, now);
        audit.record("webhook.delivery_retry", "webhook_delivery", deliveryId, before, withoutPayload(after));
        outbox.wakeAfterCommit();
        return after;
    }

    /** Queues a ping event for the webhook, whatever it subscribes to. */
    @Transactional
    public DeliveryView ping(long webhookId, String username) {
        Webhook w = require(webhookId);
        if (!w.active) {
            throw ProblemException.conflict("Webhook " + webhookId + " is inactive; activate it first");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("webhookId", webhookId);
        data.put("requestedBy", username);
        long id = outbox.enqueueTo(webhookId, WebhookEvents.PING, data);
        DeliveryView view = DeliveryView.of(WebhookDelivery.findById(id), clock.now());
        audit.record("webhook.ping", "webhook", webhookId, null, withoutPayload(view));
        return view;
    }

    private WebhookView view(Webhook w) {
        return WebhookView.of(w, counts(w.id).getOrDefault(w.id, DeliveryCounts.NONE));
    }

    /** Deliveries by webhook and status (one webhook, or all when null). */
    @SuppressWarnings("unchecked")
    private Map<Long, DeliveryCounts> counts(Long webhookId) {
        Map<Long, long[]> tally = new HashMap<>();
        for (Object[] row : (List<Object[]>)
                em.createNativeQuery("""
                SELECT webhook_id, status, count(*) FROM webhook_delivery
                 WHERE CAST(:id AS bigint) IS NULL OR webhook_id = :id GROUP BY webhook_id, status""").setParameter("id", webhookId).getResultList()) {
            long[] t = tally.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[3]);
            int index = switch ((String) row[1]) {
                case WebhookDelivery.PENDING -> 0;
                case WebhookDelivery.DELIVERED -> 1;
                default -> 2;
            };
            t[index] = ((Number) row[2]).longValue();
        }
        Map<Long, DeliveryCounts> counts = new HashMap<>();
        tally.forEach((id, t) -> counts.put(id, new DeliveryCounts(t[0], t[1], t[2])));
        return counts;
    }

    private static List<String> events(List<String> requested) {
        List<Problem.Violation> violations = new ArrayList<>();
        LinkedHashSet<String> events = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String e = requested.get(i) == null ? "" : requested.get(i).strip();
            if (!WebhookEvents.ALL.contains(e)) {
                violations.add(
                        new Problem.Violation("events[" + i + "]", "body", "must be one of " + WebhookViews.EVENTS));
            }
            events.add(e);
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new ArrayList<>(events);
    }

    private static String checkSecret(String secret) {
        if (secret.isBlank() || !secret.equals(secret.strip())) {
            throw ProblemException.invalid("secret", "body", "must not be blank or start or end with spaces");
        }
        if (secret.chars().distinct().count() < 8) {
            throw ProblemException.invalid("secret", "body", "is too simple: use at least 8 different characters");
        }
        return secret;
    }

    private static DeliveryView withoutPayload(DeliveryView d) {
        return new DeliveryView(
                d.id(),
                d.webhookId(),
                d.event(),
                d.eventId(),
                d.status(),
                d.attempts(),
                d.inFlight(),
                d.nextAttemptAt(),
                d.lastAttemptAt(),
                d.lastStatusCode(),
                d.lastError(),
                d.createdAt(),
                d.deliveredAt(),
                null);
    }

    private static Webhook require(long id) {
        return Webhook.<Webhook>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Webhook", id));
    }

    private static Webhook lock(long id) {
        Webhook w = Webhook.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (w == null) {
            throw ProblemException.notFound("Webhook", id);
        }
        return w;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
