package org.pilotboard.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.EntityTag;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.pilotboard.audit.AuditTrail;
import org.pilotboard.config.PilotboardConfig;

/**
 * The current dashboard summary as the bytes of its JSON and their ETag, computed at most once at a
 * time and shared by all requests, so that a burst of readers costs one computation.
 *
 * <p>Freshness: an answer is never older than {@code pilotboard.summary-max-age} (0.75 s by default,
 * counted from the start of its computation, so a write committed on any instance sharing the database
 * shows within that time), and a write committed on this instance shows at once: every write is
 * audited, and the audit record's commit invalidates the cached summary. After a fifth of the maximum
 * age one reader recomputes while the others still get the current answer, so readers rarely wait.
 */
@ApplicationScoped
public class SummaryCache {

    /**
     * A computed summary: its JSON (as bytes, and as an off-heap buffer for the event-loop route), its
     * strong ETag (a hash of the bytes), the local write generation and when its computation began.
     */
    public record Entry(
            byte[] body, Buffer buffer, EntityTag etag, String etagHeader, long generation, long startedNanos) {}

    private static final Logger LOG = Logger.getLogger(SummaryCache.class);

    private final DashboardService dashboard;
    private final ObjectMapper json;
    private final Timer computeTimer;
    private final long maxAgeNanos;
    private final long refreshAfterNanos;
    /** Counts writes committed on this instance; an entry computed before the latest one is not used. */
    private final AtomicLong generation = new AtomicLong();

    private final ReentrantLock computing = new ReentrantLock();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final ManagedExecutor executor;
    private volatile Entry entry;

    public SummaryCache(
            DashboardService dashboard,
            ObjectMapper json,
            MeterRegistry registry,
            ManagedExecutor executor,
            PilotboardConfig config) {
        Duration maxAge = config.summaryMaxAge();
        this.dashboard = dashboard;
        this.json = json;
        this.executor = executor;
        this.computeTimer = Timer.builder("pilotboard.summary.compute")
                .description("Computations of the current dashboard summary (cache misses)")
                .register(registry);
        this.maxAgeNanos = Math.max(0, maxAge.toNanos());
        this.refreshAfterNanos = maxAgeNanos / 5;
    }

    /** The current summary: cached when fresh, else computed (by one caller at a time). */
    public Entry get() {
        Entry e = entry;
        if (usable(e)) {
            long age = System.nanoTime() - e.startedNanos;
            if (age < refreshAfterNanos) {
                return e;
            }
            if (age < maxAgeNanos) {
                if (computing.tryLock()) { // refresh ahead; whoever finds it locked takes the current entry
                    try {
                        return entry == e ? compute() : entry;
                    } finally {
                        computing.unlock();
                    }
                }
                return e;
            }
        }
        computing.lock();
        try {
            Entry latest = entry;
            if (usable(latest) && System.nanoTime() - latest.startedNanos < maxAgeNanos) {
                return latest; // computed while this caller waited
            }
            return compute();
        } finally {
            computing.unlock();
        }
    }

    /**
     * The current entry if it is fresh enough to answer without waiting, else null; never blocks (for the
     * event loop). Past a fifth of the maximum age it starts a recomputation in the background.
     */
    public Entry peek() {
        Entry e = entry;
        if (!usable(e)) {
            return null;
        }
        long age = System.nanoTime() - e.startedNanos;
        if (age >= maxAgeNanos) {
            return null;
        }
        if (age >= refreshAfterNanos && refreshing.compareAndSet(false, true)) {
            try {
                executor.execute(() -> refreshInBackground(e));
            } catch (RuntimeException ex) { // e.g. shutting down
                refreshing.set(false);
            }
        }
        return e;
    }

    private void refreshInBackground(Entry seen) {
        try {
            if (computing.tryLock()) {
                try {
                    if (entry == seen) {
                        QuarkusTransaction.requiringNew().call(this::compute); // a session for the queries
                    }
                } finally {
                    computing.unlock();
                }
            }
        } catch (RuntimeException ex) {
            LOG.warnf(ex, "Dashboard summary not refreshed in the background; the next reader computes it");
        } finally {
            refreshing.set(false);
        }
    }

    /** After any write committed on this instance (all writes are audited), the next reader recomputes. */
    void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditTrail.Written write) {
        generation.incrementAndGet();
    }

    private boolean usable(Entry e) {
        return e != null && e.generation == generation.get();
    }

    private Entry compute() {
        long gen = generation.get();
        long started = System.nanoTime();
        byte[] body;
        try {
            body = json.writeValueAsBytes(dashboard.summary(null));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
        computeTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        String hash = hash(body);
        ByteBuf direct = Unpooled.directBuffer(body.length).writeBytes(body);
        Entry fresh = new Entry(
                body,
                Buffer.buffer(Unpooled.unreleasableBuffer(direct)),
                new EntityTag(hash),
                "\"" + hash + "\"",
                gen,
                started);
        entry = fresh;
        return fresh;
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
