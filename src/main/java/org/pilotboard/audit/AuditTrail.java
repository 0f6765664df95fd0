package org.pilotboard.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pilotboard.account.AccountAudit;
import org.pilotboard.account.Caller;
import org.pilotboard.config.AppClock;
import org.pilotboard.http.PageResult;

/**
 * Records every write, in the transaction of the write itself, so that a write and its audit
 * record commit or fail together. Nothing here changes or deletes a record.
 */
@ApplicationScoped
public class AuditTrail implements AccountAudit {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    /**
     * Fired for every record, in the transaction of the write: since every write is recorded, an
     * observer with {@code during = TransactionPhase.AFTER_SUCCESS} learns of every committed write
     * (the dashboard's cache does).
     */
    public record Written(String action, String entityType) {}

    private final ObjectMapper json;
    private final AppClock clock;
    private final Instance<Caller> caller;
    private final Event<Written> written;

    public AuditTrail(ObjectMapper json, AppClock clock, Instance<Caller> caller, Event<Written> written) {
        this.json = json;
        this.clock = clock;
        this.caller = caller;
        this.written = written;
    }

    /** Records a write by the current caller (or "system" outside a request); before/after are views, or null. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        Caller current = Arc.container().requestContext().isActive() ? caller.get() : null;
        boolean signedIn = current != null && current.signedIn();
        String actorName = signedIn ? current.account().username : current == null ? "system" : "anonymous";
        persist(
                action,
                entityType,
                entityId,
                actorName,
                signedIn ? current.account().id : null,
                current == null ? null : current.address(),
                before,
                after);
    }

    /** Whether anything was ever recorded with this action on this entity (e.g. a region changed through the API). */
    public boolean hasRecorded(String action, String entityType, Object entityId) {
        return AuditEvent.count(
                        "action = ?1 and entityType = ?2 and entityId = ?3", action, entityType, entityId.toString())
                > 0;
    }

    /** Records an event by a named actor, e.g. a sign-in (the caller is not signed in yet). */
    @Override
    @Transactional
    public void recordBy(
            String action,
            String entityType,
            Object entityId,
            String actorName,
            Long actorId,
            String address,
            Object after) {
        persist(action, entityType, entityId, actorName, actorId, address, null, after);
    }

    @SuppressWarnings("java:S107") // one argument per column
    private void persist(
            String action,
            String entityType,
            Object entityId,
            String actorName,
            Long actorId,
            String address,
            Object before,
            Object after) {
        AuditEvent event = new AuditEvent();
        event.at = clock.now();
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId == null ? null : entityId.toString();
        event.before = before == null ? null : json.convertValue(before, MAP);
        event.after = after == null ? null : json.convertValue(after, MAP);
        event.actorName = actorName;
        event.actorId = actorId;
        event.address = address;
        event.persist();
        written.fire(new Written(action, entityType));
    }

    public record Filter(
            String actor,
            String entityType,
            String entityId,
            String action,
            Instant from,
            Instant to,
            int page,
            int size) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AuditView> list(Filter f) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (f.actor() != null) {
            where.append(" and actorName = :actor");
            params.and("actor", f.actor());
        }
        if (f.entityType() != null) {
            where.append(" and entityType = :entityType");
            params.and("entityType", f.entityType());
        }
        if (f.entityId() != null) {
            where.append(" and entityId = :entityId");
            params.and("entityId", f.entityId());
        }
        if (f.action() != null) {
            where.append(" and action = :action");
            params.and("action", f.action());
        }
        if (f.from() != null) {
            where.append(" and at >= :from");
            params.and("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and at < :to");
            params.and("to", f.to());
        }
        var query = AuditEvent.<AuditEvent>find(
                where.toString(), Sort.descending("at").and("id", Sort.Direction.Descending), params);
        long total = query.count();
        List<AuditView> items = query.page(Page.of(f.page(), f.size())).list().stream()
                .map(AuditView::of)
                .toList();
        return PageResult.of(items, f.page(), f.size(), total);
    }
}
