package org.pilotboard.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
            SELECT u.id, u.task_id, r.code, r.name_zh, i.factor_code, t.measure_code, t.milestone_code, t.title_zh,
                   t.title_en, u.task_version, u.status, u.progress, u.previous_status, u.previous_progress, u.comment,
                   CAST(u.evidence AS text), u.author, u.recorded_at, u.demo""";
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
        Query rows = em.createNativeQuery(SELECT + FROM + where + " ORDER BY u.recorded_at, u.id");
        params.forEach(count::setParameter);
        params.forEach(rows::setParameter);
        rows.setFirstResult(filter.page() * filter.size());
        rows.setMaxResults(filter.size());
        long total = ((Number) count.getSingleResult()).longValue();
        List<HistoryEntryView> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            items.add(view((Object[]) row));
        }
        return PageResult.of(items, filter.page(), filter.size(), total);
    }

    /** Every matching update (paging ignored), one at a time from a database cursor. Needs a transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forEach(HistoryFilter filter, Consumer<HistoryEntryView> each) {
        Map<String, Object> params = new HashMap<>();
        Query rows = em.createNativeQuery(SELECT + FROM + where(filter, params) + " ORDER BY u.recorded_at, u.id");
        params.forEach(rows::setParameter);
        rows.setHint("org.hibernate.fetchSize", 500);
        rows.setHint("org.hibernate.readOnly", true);
        try (Stream<?> stream = rows.getResultStream()) {
            stream.forEach(r -> {
                each.accept(view((Object[]) r));
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

    private HistoryEntryView view(Object[] r) {
        TaskStatus status = TaskStatus.valueOf((String) r[10]);
        int progress = ((Number) r[11]).intValue();
        TaskStatus previousStatus = r[12] == null ? null : TaskStatus.valueOf((String) r[12]);
        Integer previousProgress = r[13] == null ? null : ((Number) r[13]).intValue();
        return new HistoryEntryView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                ((Number) r[9]).intValue(), status, progress, previousStatus, previousProgress,
                TaskViews.isConfirmation(previousStatus, previousProgress, status, progress), (String) r[14],
                evidence((String) r[15]), (String) r[16], TaskReader.instant(r[17]), (Boolean) r[18]);
    }

    private List<Evidence> evidence(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, EVIDENCE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("status_update.evidence is not an evidence list", e);
        }
    }
}
