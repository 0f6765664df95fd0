package org.pilotboard.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.pilotboard.config.AppClock;

/**
 * Sends the outbox. Each round claims due deliveries with {@code FOR UPDATE SKIP LOCKED} (so two
 * instances never claim the same row) and leases them by moving their next attempt to the end of
 * the lease, commits, sends them all at once outside any transaction, then records each outcome,
 * if its claim is still the current one. A process that dies between claim and record leaves the
 * delivery pending: it is due again when the lease ends (at-least-once; receivers deduplicate by
 * X-Pilotboard-Delivery).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int MAX_ERROR = 300;

    private final EntityManager em;
    private final WebhookConfig config;
    private final AppClock clock;
    private final MeterRegistry metrics;
    /** Made at the first delivery: building one sets up TLS, which a start without webhooks need not wait for. */
    private volatile HttpClient http;

    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "webhook-dispatcher-wake");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile Instant lastWarning;

    public WebhookDispatcher(EntityManager em, WebhookConfig config, AppClock clock, MeterRegistry metrics) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder()
                            .connectTimeout(config.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                }
                client = http;
            }
        }
        return client;
    }

    /** A delivery claimed for sending, with what sending needs. */
    record Claimed(
            long id,
            long webhookId,
            String event,
            String payload,
            int attempts,
            String url,
            String secret,
            UUID claim) {}

    /** How an attempt went: an HTTP status, or an error without one. */
    record Outcome(Integer statusCode, String error) {
        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    void onStart(@Observes StartupEvent start) {
        Duration needed = config.connectTimeout().plus(config.requestTimeout());
        if (config.lease().compareTo(needed) <= 0) {
            LOG.warnf(
                    "pilotboard.webhooks.lease (%s) should be longer than connect + request timeout (%s), "
                            + "or a slow receiver may get a delivery twice",
                    config.lease(), needed);
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        waker.shutdownNow();
    }

    @Scheduled(
            every = "${pilotboard.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-dispatcher")
    void poll() {
        dispatchDue();
    }

    @Scheduled(
            every = "1h",
            delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-delivery-cleanup")
    void cleanUp() {
        int removed = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "DELETE FROM webhook_delivery WHERE status IN ('delivered', 'failed') AND created_at < :before")
                        .setParameter("before", clock.now().minus(config.retention()))
                        .executeUpdate());
        if (removed > 0) {
            LOG.infof("Removed %d webhook deliveries older than %s", removed, config.retention());
        }
    }

    /** Looks for due deliveries soon, on a thread of its own (after a commit that queued some). */
    void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                waker.execute(() -> {
                    wakeQueued.set(false);
                    dispatchDue();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                wakeQueued.set(false); // shutting down; the next start sends them
            }
        }
    }

    /** Sends due deliveries until none is due; one such loop at a time in this process. */
    public void dispatchDue() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                while (dispatchOnce() == config.batchSize()) {
                    // a full batch: there may be more
                }
            } while (again.get());
        } catch (RuntimeException e) {
            // Typically the database is away; say so once a minute, not every round.
            Instant now = Instant.now();
            if (lastWarning == null || lastWarning.plusSeconds(60).isBefore(now)) {
                lastWarning = now;
                LOG.warnf("Sending webhook deliveries failed, will retry: %s", e.toString());
            }
        } finally {
            running.set(false);
        }
    }

    /** Claims one batch of due deliveries, sends them and records the outcomes; answers how many it claimed. */
    public int dispatchOnce() {
        List<Claimed> batch = claim(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Outcome>> sending = new ArrayList<>();
        for (Claimed c : batch) {
            sending.add(send(c));
        }
        for (int i = 0; i < batch.size(); i++) {
            record(batch.get(i), sending.get(i).join());
        }
        return batch.size();
    }

    /** Claims up to limit due deliveries of active webhooks, in a short transaction of its own. */
    @SuppressWarnings("unchecked")
    List<Claimed> claim(int limit) {
        Instant now = clock.now();
        UUID token = UUID.randomUUID();
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                WITH due AS (
                    SELECT d.id FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
                     WHERE d.status = 'pending' AND d.next_attempt_at <= :now AND w.active
                     ORDER BY d.next_attempt_at, d.id
                     LIMIT :limit
                       FOR UPDATE OF d SKIP LOCKED)
                UPDATE webhook_delivery d
                   SET attempts = d.attempts + 1, next_attempt_at = :leaseEnd, claim_token = CAST(:token AS uuid),
                       last_attempt_at = :now
                  FROM due, webhook w
                 WHERE d.id = due.id AND w.id = d.webhook_id
                RETURNING d.id, d.webhook_id, d.event_type, CAST(d.payload AS text), d.attempts, w.url, w.secret""")
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .setParameter("leaseEnd", now.plus(config.lease()))
                        .setParameter("token", token.toString())
                        .getResultList());
        List<Claimed> claimed = new ArrayList<>();
        for (Object[] r : rows) {
            claimed.add(new Claimed(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).intValue(),
                    (String) r[5],
                    (String) r[6],
                    token));
        }
        return claimed;
    }

    private CompletableFuture<Outcome> send(Claimed c) {
        URI uri;
        try {
            uri = URI.create(c.url());
            if (!config.allowPrivateNetworks() && WebhookUrls.resolvesInternal(uri.getHost())) {
                return CompletableFuture.completedFuture(new Outcome(
                        null,
                        "the host resolves to a loopback, private or link-local address, which webhooks may not call"));
            }
        } catch (UnknownHostException e) {
            return CompletableFuture.completedFuture(new Outcome(null, "unknown host"));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(null, "invalid URL"));
        }
        long timestamp = clock.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Pilotboard-Webhooks/1.0")
                .header(WebhookSignature.EVENT, c.event())
                .header(WebhookSignature.DELIVERY, Long.toString(c.id()))
                .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE, WebhookSignature.sign(c.secret(), timestamp, c.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(c.payload(), StandardCharsets.UTF_8))
                .build();
        // The request timeout covers the answer's headers; this bounds the whole exchange.
        long limit = config.connectTimeout()
                .plus(config.requestTimeout())
                .plusSeconds(2)
                .toMillis();
        return http().sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(limit, TimeUnit.MILLISECONDS)
                .handle((response, failure) -> failure == null
                        ? new Outcome(
                                response.statusCode(),
                                response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode())
                        : new Outcome(null, describe(failure)));
    }

    /** A short reason for the receiver's owner; no stack traces, nothing internal. */
    private static String describe(Throwable failure) {
        Throwable e =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String text;
        if (e instanceof HttpTimeoutException || e instanceof TimeoutException) {
            text = e instanceof java.net.http.HttpConnectTimeoutException
                    ? "connect timed out"
                    : "timed out waiting for the answer";
        } else if (e instanceof ConnectException) {
            text = "could not connect";
        } else if (e instanceof javax.net.ssl.SSLException) {
            text = "TLS failed: " + e.getMessage();
        } else {
            text = "network error" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    /** Records an attempt's outcome, unless another claim has taken the delivery over meanwhile. */
    private void record(Claimed c, Outcome outcome) {
        Instant now = clock.now();
        String result;
        int updated;
        if (outcome.delivered()) {
            result = "delivered";
            updated = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery("""
                    UPDATE webhook_delivery SET status = 'delivered', delivered_at = :now, last_status_code = :code,
                           last_error = NULL, claim_token = NULL
                     WHERE id = :id AND claim_token = CAST(:token AS uuid) AND status = 'pending'""")
                            .setParameter("now", now)
                            .setParameter("code", outcome.statusCode())
                            .setParameter("id", c.id())
                            .setParameter("token", c.claim().toString())
                            .executeUpdate());
        } else {
            boolean giveUp = c.attempts() >= config.maxAttempts();
            result = giveUp ? "failed" : "retrying";
            Instant next = giveUp ? now : now.plus(backoff(c.attempts()));
            updated = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery("""
                    UPDATE webhook_delivery SET status = :status, next_attempt_at = :next, last_status_code = :code,
                           last_error = :error, claim_token = NULL
                     WHERE id = :id AND claim_token = CAST(:token AS uuid) AND status = 'pending'""")
                            .setParameter("status", giveUp ? WebhookDelivery.FAILED : WebhookDelivery.PENDING)
                            .setParameter("next", next)
                            .setParameter("code", outcome.statusCode())
                            .setParameter("error", outcome.error())
                            .setParameter("id", c.id())
                            .setParameter("token", c.claim().toString())
                            .executeUpdate());
        }
        if (updated == 0) {
            result = "superseded"; // the lease ran out and another claim took over, or the webhook was deleted
        }
        Counter.builder("pilotboard.webhook.deliveries")
                .description("Webhook delivery attempts by outcome: delivered, retrying, failed (given up), superseded")
                .tag("event", c.event())
                .tag("outcome", result)
                .register(metrics)
                .increment();
        if (!outcome.delivered()) {
            LOG.debugf(
                    "Webhook delivery %d to %s, attempt %d: %s (%s)",
                    c.id(), c.url(), c.attempts(), outcome.error(), result);
        }
    }

    /** The wait after the n-th failed attempt (n from 1), with jitter. */
    Duration backoff(int attempts) {
        List<Duration> steps = config.backoff();
        Duration base = steps.get(Math.min(attempts, steps.size()) - 1);
        double spread = config.jitter() * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofMillis(Math.max(0, Math.round(base.toMillis() * (1 + spread))));
    }
}
