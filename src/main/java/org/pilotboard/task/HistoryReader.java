package org.pilotboard.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.pilotboard.config.AppClock;
import org.pilotboard.http.PageResult;
import org.pilotboard.plan.PlanService;
import org.pilotboard.task.TaskViews.HistoryEntryView;

/** The status-update history across tasks, oldest first: the public record of what changed when. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HistoryReader {

    private static final String SELECT = """
            SELECT u.id, u.task_id, r.code AS region_code, r.name_zh AS region_name_zh, i.factor_code, t.measure_code,
                   t.milestone_code, t.title_zh, t.title_en, u.task_version, u.status, u.progress, u.previous_status,
                   u.previous_progress, u.comment, CAST(u.evidence AS text) AS evidence, u.author, u.recorded_at, u.demo""";
    private static final String FROM = " " + """
             FROM status_update u
             JOIN task t ON t.id = u.task_id
             JOIN region r ON r.id = t.region_id
             JOIN measure m ON m.code = t.measure_code
             JOIN plan_item i ON i.number = m.item_number""";
    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {};

    private final EntityManager em;
    private final PlanService plans;
    private final AppClock clock;
    private final ObjectMapper json;

    public HistoryReader(EntityManager em, PlanService plans, AppClock clock, ObjectMapper json) {
        this.em = em;
        this.plans = plans;
        this.clock = clock;
        this.json = json;
    }

    public PageResult<HistoryEntryView> list(HistoryFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        Query count = em.createNativeQuery("SELECT count(*)" + FROM + where);
        Query rows = em.createNativeQuery(SELECT + FROM + where + " ORDER BY u.recorded_at, u.id", Tuple.class);
        params.forEach(count::setParameter);
        params.forEach(rows::setParameter);
        rows.setFirstResult(filter.page() * filter.size());
        rows.setMaxResults(filter.size());
        long total = ((Number) count.getSingleResult()).longValue();
        List<HistoryEntryView> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            items.add(view((Tuple) row));
        }
        return PageResult.of(items, filter.page(), filter.size(), total);
    }

    /** Every matching update (paging ignored), one at a time from a database cursor. Needs a transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forEach(HistoryFilter filter, Consumer<HistoryEntryView> each) {
        Map<String, Object> params = new HashMap<>();
        Query rows = em.createNativeQuery(
                SELECT + FROM + where(filter, params) + " ORDER BY u.recorded_at, u.id", Tuple.class);
        params.forEach(rows::setParameter);
        rows.setHint("org.hibernate.fetchSize", 500);
        rows.setHint("org.hibernate.readOnly", true);
        try (Stream<?> stream = rows.getResultStream()) {
            stream.forEach(r -> {
                each.accept(view((Tuple) r));
                em.clear();
            });
        }
    }

    /** Checks the filter's references (a bad factor is a 400 before anything streams). */
    void check(HistoryFilter filter) {
        where(filter, new HashMap<>());
    }

    private String where(HistoryFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!filter.regions().isEmpty()) {
            where.append(" AND r.code IN (:regions)");
            params.put("regions", filter.regions());
        }
        TaskReader.planFilters(plans, filter.factor(), filter.measure(), filter.milestone(), where, params);
        if (!filter.statuses().isEmpty()) {
            where.append(" AND u.status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.demo() != null) {
            where.append(" AND u.demo = :demo");
            params.put("demo", filter.demo());
        }
        if (filter.since() != null) {
            where.append(" AND u.recorded_at > :since");
            params.put("since", TaskStateSql.endOf(filter.since().minusDays(1), clock.zone()));
        }
        if (filter.until() != null) {
            where.append(" AND u.recorded_at <= :until");
            params.put("until", TaskStateSql.endOf(filter.until(), clock.zone()));
        }
        return where.toString();
    }

    /** A row of {@link #SELECT} as a view, its columns read by name. */
    private HistoryEntryView view(Tuple r) {
        TaskStatus status = TaskStatus.valueOf(r.get("status", String.class));
        int progress = r.get("progress", Number.class).intValue();
        String previous = r.get("previous_status", String.class);
        TaskStatus previousStatus = previous == null ? null : TaskStatus.valueOf(previous);
        Number previousNumber = r.get("previous_progress", Number.class);
        Integer previousProgress = previousNumber == null ? null : previousNumber.intValue();
        return new HistoryEntryView(
                r.get("id", Number.class).longValue(),
                r.get("task_id", Number.class).longValue(),
                r.get("region_code", String.class),
                r.get("region_name_zh", String.class),
                r.get("factor_code", String.class),
                r.get("measure_code", String.class),
                r.get("milestone_code", String.class),
                r.get("title_zh", String.class),
                r.get("title_en", String.class),
                r.get("task_version", Number.class).intValue(),
                status,
                progress,
                previousStatus,
                previousProgress,
                TaskViews.isConfirmation(previousStatus, previousProgress, status, progress),
                r.get("comment", String.class),
                evidence(r.get("evidence", String.class)),
                r.get("author", String.class),
                TaskReader.instant(r.get("recorded_at")),
                r.get("demo", Boolean.class));
    }

    private List<Evidence> evidence(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, EVIDENCE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("status_update.evidence is not an evidence list", e);
        }
    }
}
