package org.pilotboard.http;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pilotboard.config.PilotboardConfig;

/**
 * A streaming export (tasks, history, the whole dataset) holds a database connection for its whole
 * download, and the pool is small (sized for the cores). So only a few run at once; another export is
 * answered {@code 503 busy} with Retry-After, and the API's own requests always find a connection.
 */
@ApplicationScoped
public class ExportSlots {

    /** A slot taken for an export whose body never starts (its client left first) is freed after this. */
    private static final long UNUSED_SLOT_SECONDS = 60;

    private final Semaphore slots;
    private final CurrentVertxRequest request;

    public ExportSlots(PilotboardConfig config, CurrentVertxRequest request) {
        this.slots = new Semaphore(Math.max(1, config.exports().maxConcurrent()));
        this.request = request;
    }

    /**
     * Takes a slot now (or throws the 503) and answers the body that frees it once written. Taken
     * before the response starts, so that a refusal can still be a proper problem response.
     */
    public StreamingOutput inSlot(StreamingOutput body) {
        if (!slots.tryAcquire()) {
            throw ProblemException.busy("Other downloads are running; try again in a few seconds.", 10);
        }
        AtomicBoolean started = new AtomicBoolean();
        AtomicBoolean freed = new AtomicBoolean();
        Runnable free = () -> {
            if (freed.compareAndSet(false, true)) {
                slots.release();
            }
        };
        // A response that ends without its body (HEAD, a range or conditional answer, an error after the
        // slot was taken, a client gone) frees the slot when it ends, not a minute later: otherwise two
        // such requests held every slot, and the next download was told to wait for nothing.
        RoutingContext current = Arc.container().requestContext().isActive() ? request.getCurrent() : null;
        if (current != null) {
            current.addEndHandler(ended -> free.run());
        }
        CompletableFuture.delayedExecutor(UNUSED_SLOT_SECONDS, TimeUnit.SECONDS).execute(() -> {
            if (!started.get()) {
                free.run();
            }
        });
        return out -> {
            started.set(true);
            try {
                body.write(out);
            } finally {
                free.run();
            }
        };
    }
}
