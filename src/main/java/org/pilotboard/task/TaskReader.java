package org.pilotboard.task;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pilotboard.config.AppClock;
import org.pilotboard.config.PilotboardConfig;
import org.pilotboard.db.NamedSql;
import org.pilotboard.http.PageResult;
import org.pilotboard.http.ProblemException;
import org.pilotboard.plan.PlanService;
import org.pilotboard.task.TaskViews.RevisionView;
import org.pilotboard.task.TaskViews.StatusUpdateView;
import org.pilotboard.task.TaskViews.TaskView;

/**
 * Reads tasks as they stand now or as they stood on a past day ({@code asOf}), in SQL over
 * {@link TaskStateSql}, so that lists, single tasks and the dashboard agree on every derived flag.
 *
 * <p>Over 400 lines on purpose: the list, the single task, the counts and the as-of reads share one SQL
 * source and one row mapping by column name; split, they would drift apart.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TaskReader {

    /** API sort fields and their columns. */
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "id",
            "t.id",
            "plannedStart",
            "t.planned_start",
            "plannedEnd",
            "t.planned_end",
            "progress",
            "t.progress",
            "status",
            "t.status",
            "lastVerifiedAt",
            "t.last_verified_at",
            "createdAt",
            "t.created_at",
            "updatedAt",
            "t.updated_at",
            "titleZh",
            "t.title_zh",
            "region",
            "r.code");

    /**
     * Overdue: planned end passed (before :today) and not completed; the rule is the SQL function of V10,
     * shared with the dashboard's tally. Over columns of {@link TaskStateSql}.
     */
    public static final String OVERDUE = "task_overdue(t.status, t.planned_end, :today)";
    /** Stale: open and not verified since :staleBefore (the SQL function of V10). */
    public static final String STALE = "task_stale(t.status, t.last_verified_at, :staleBefore)";

    private static final String SELECT = """
            SELECT t.id, r.code AS region_code, r.name_zh AS region_name_zh, r.name_en AS region_name_en, t.measure_code, i.factor_code, t.milestone_code, t.title_zh,
                   t.title_en, t.description_zh, t.description_en, t.responsible_unit, t.baseline_start, t.baseline_end,
                   t.planned_start, t.planned_end, t.actual_start, t.actual_end, t.status, t.progress,
                   t.last_verified_at, t.implementation_doc_number, t.implementation_doc_url, t.demo, t.version,
                   t.created_at, t.updated_at, t.internal_note, t.external_key,
                   """ + OVERDUE + " AS overdue, " + STALE + " AS stale";

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final PlanService plans;
    private final AppClock clock;
    private final PilotboardConfig config;

    public TaskReader(
            EntityManager em, AgroalDataSource dataSource, PlanService plans, AppClock clock, PilotboardConfig config) {
        this.em = em;
        this.dataSource = dataSource;
        this.plans = plans;
        this.clock = clock;
        this.config = config;
    }

    /**
     * A page of tasks matching the filter, as of a day (null: now): its total and its rows, read over one
     * connection (a request holds one connection at a time, whatever the pool's size).
     */
    public PageResult<TaskView> list(TaskFilter filter, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, asOf, params);
        String count;
        if (asOf == null && countableFromTally(filter)) {
            count = TALLY_COUNT + tallyWhere(filter);
        } else {
            // Every task has its region, measure and item (foreign keys), so the count joins them only to filter.
            boolean countNeedsJoins = filter.regions().size() > 1 || filter.factor() != null;
            count = "SELECT count(*)" + (countNeedsJoins ? from(asOf) : " FROM (" + TaskStateSql.source(asOf) + ") t")
                    + where;
        }
        Map<String, Object> page = new HashMap<>(params);
        page.put("limit", filter.size());
        page.put("offset", (long) filter.page() * filter.size());
        List<TaskView> items = new ArrayList<>();
        long total = withConnection(connection -> {
            long counted;
            try (PreparedStatement statement = prepare(connection, count, params, asOf);
                    ResultSet rs = statement.executeQuery()) {
                rs.next();
                counted = rs.getLong(1);
            }
            select(
                    connection,
                    SELECT + from(asOf) + where + " ORDER BY " + orderBy(filter.sort())
                            + " LIMIT :limit OFFSET :offset",
                    page,
                    asOf,
                    0,
                    items::add);
            return counted;
        });
        return PageResult.of(items, filter.page(), filter.size(), total);
    }

    /**
     * Every task matching the filter (paging ignored), handed over one at a time from a database
     * cursor, so that any number of tasks passes in bounded memory. Needs a transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forEach(TaskFilter filter, LocalDate asOf, java.util.function.Consumer<TaskView> each) {
        Map<String, Object> params = new HashMap<>();
        select(
                SELECT + from(asOf) + where(filter, asOf, params) + " ORDER BY " + orderBy(filter.sort()),
                params,
                asOf,
                500,
                each);
    }

    /** The WHERE clause of a filter, adding its parameters. Checks the filter's references. */
    private String where(TaskFilter filter, LocalDate asOf, Map<String, Object> params) {
        checkAsOf(asOf);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.regions().size() == 1) {
            // One region by its id: the index on (region_id, status, planned_end, id) then reads a page in order.
            where.append(" AND t.region_id = (SELECT rr.id FROM region rr WHERE rr.code = :region)");
            params.put("region", filter.regions().get(0));
        } else if (!filter.regions().isEmpty()) {
            where.append(" AND r.code IN (:regions)");
            params.put("regions", filter.regions());
        }
        planFilters(plans, filter.factor(), filter.measure(), filter.milestone(), where, params);
        if (filter.statuses().size() == 1) {
            where.append(" AND t.status = :status");
            params.put("status", filter.statuses().get(0).name());
        } else if (!filter.statuses().isEmpty()) {
            where.append(" AND t.status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " AND " : " AND NOT ")
                    .append("(")
                    .append(OVERDUE)
                    .append(")");
            params.put("today", today(asOf));
        }
        if (filter.stale() != null) {
            where.append(filter.stale() ? " AND " : " AND NOT ")
                    .append("(")
                    .append(STALE)
                    .append(")");
            params.put("staleBefore", staleBefore(asOf));
        }
        if (filter.demo() != null) {
            where.append(" AND t.demo = :demo");
            params.put("demo", filter.demo());
        }
        if (filter.text() != null) {
            where.append(
                    " AND (lower(t.title_zh) LIKE :text ESCAPE '\\' OR lower(coalesce(t.title_en, '')) LIKE :text ESCAPE '\\')");
            params.put("text", "%" + escapeLike(filter.text().toLowerCase()) + "%");
        }
        return where.toString();
    }

    /**
     * The number of tasks now, summed from the dashboard's tally (V6) and its deltas: both are written in
     * the transaction of every task write, so the sum is as exact as a count(*), but reads a few cells
     * instead of every matching task.
     */
    private static final String TALLY_COUNT = "SELECT CAST(coalesce(sum(c.tasks), 0) AS bigint) FROM ("
            + "SELECT region_id, factor_code, milestone_code, status, tasks FROM task_tally UNION ALL "
            + "SELECT region_id, factor_code, milestone_code, status, tasks FROM task_tally_delta) c WHERE 1 = 1";

    /** Whether every filter set is a column of the tally (region, factor, milestone, status). */
    private static boolean countableFromTally(TaskFilter filter) {
        return filter.measure() == null
                && filter.overdue() == null
                && filter.stale() == null
                && filter.demo() == null
                && filter.text() == null;
    }

    /** The tally's WHERE clause for a filter, with the parameter names of {@link #where}. */
    private static String tallyWhere(TaskFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.regions().size() == 1) {
            where.append(" AND c.region_id = (SELECT rr.id FROM region rr WHERE rr.code = :region)");
        } else if (!filter.regions().isEmpty()) {
            where.append(" AND c.region_id IN (SELECT rr.id FROM region rr WHERE rr.code IN (:regions))");
        }
        if (filter.factor() != null) {
            where.append(" AND c.factor_code = :factor");
        }
        if (filter.milestone() != null) {
            where.append(" AND c.milestone_code = :milestone");
        }
        if (filter.statuses().size() == 1) {
            where.append(" AND c.status = :status");
        } else if (!filter.statuses().isEmpty()) {
            where.append(" AND c.status IN (:statuses)");
        }
        return where.toString();
    }

    /** The filters by the task's place in the plan (factor, measure, milestone), shared with the history. */
    static void planFilters(
            PlanService plans,
            String factor,
            String measure,
            String milestone,
            StringBuilder where,
            Map<String, Object> params) {
        if (factor != null) {
            plans.requireFactor(factor);
            where.append(" AND i.factor_code = :factor");
            params.put("factor", factor);
        }
        if (measure != null) {
            where.append(" AND t.measure_code = :measure");
            params.put("measure", measure);
        }
        if (milestone != null) {
            where.append(" AND t.milestone_code = :milestone");
            params.put("milestone", milestone);
        }
    }

    /** One task, as of a day (null: now). */
    public TaskView get(long id, LocalDate asOf) {
        checkAsOf(asOf);
        List<TaskView> found = new ArrayList<>(1);
        select(SELECT + from(asOf) + " WHERE t.id = :id", Map.of("id", id), asOf, 0, found::add);
        if (found.isEmpty()) {
            if (asOf != null && Task.findById(id) != null) {
                throw ProblemException.of(
                        404, "not-found", "Not found", "Task '" + id + "' did not exist yet on " + asOf);
            }
            throw ProblemException.notFound("Task", id);
        }
        return found.get(0);
    }

    /** A task's status history, oldest first, up to the end of a day (null: all). */
    public List<StatusUpdateView> history(long taskId, LocalDate asOf) {
        requireExists(taskId);
        List<StatusUpdate> updates = asOf == null
                ? StatusUpdate.list("taskId", Sort.by("taskVersion").and("id"), taskId)
                : StatusUpdate.list(
                        "taskId = ?1 and recordedAt <= ?2",
                        Sort.by("taskVersion").and("id"),
                        taskId,
                        TaskStateSql.endOf(asOf, clock.zone()));
        return updates.stream().map(StatusUpdateView::of).toList();
    }

    /** A task's planned-date revisions, oldest first, up to the end of a day (null: all). */
    public List<RevisionView> revisions(long taskId, LocalDate asOf) {
        requireExists(taskId);
        List<TaskRevision> revisions = asOf == null
                ? TaskRevision.list("taskId", Sort.by("taskVersion").and("id"), taskId)
                : TaskRevision.list(
                        "taskId = ?1 and recordedAt <= ?2",
                        Sort.by("taskVersion").and("id"),
                        taskId,
                        TaskStateSql.endOf(asOf, clock.zone()));
        return revisions.stream().map(RevisionView::of).toList();
    }

    /** "Today" for the flags: the as-of day, or today. */
    public LocalDate today(LocalDate asOf) {
        return asOf != null ? asOf : clock.today();
    }

    public Instant staleBefore(LocalDate asOf) {
        Instant end = asOf != null ? TaskStateSql.endOf(asOf, clock.zone()) : clock.now();
        return end.minus(config.staleAfterDays(), ChronoUnit.DAYS);
    }

    /** An as-of day must not be in the future: the future has no state yet. */
    public void checkAsOf(LocalDate asOf) {
        if (asOf != null && asOf.isAfter(clock.today())) {
            throw ProblemException.invalid("asOf", "query", "must not be after today (" + clock.today() + ")");
        }
    }

    /**
     * Runs a query of {@link #SELECT}'s columns over JDBC and hands over each row as a view: the
     * task list, a task and the export are the hottest reads, and JDBC reads dates and instants as
     * java.time by column number (a native query converts each date through a Calendar). fetchSize
     * above 0 reads through a cursor (needs a transaction).
     */
    private void select(
            String sql,
            Map<String, Object> params,
            LocalDate asOf,
            int fetchSize,
            java.util.function.Consumer<TaskView> each) {
        withConnection(connection -> {
            select(connection, sql, params, asOf, fetchSize, each);
            return null;
        });
    }

    private void select(
            Connection connection,
            String sql,
            Map<String, Object> params,
            LocalDate asOf,
            int fetchSize,
            java.util.function.Consumer<TaskView> each)
            throws SQLException {
        Map<String, Object> all = new HashMap<>(params);
        all.put("today", today(asOf)); // the flags of every row (OVERDUE and STALE in SELECT)
        all.put("staleBefore", staleBefore(asOf));
        try (PreparedStatement statement = prepare(connection, sql, all, asOf)) {
            statement.setFetchSize(fetchSize);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    each.accept(view(rs));
                }
            }
        }
    }

    /** A statement of SQL with named parameters, the end of the as-of day among them when there is one. */
    private PreparedStatement prepare(Connection connection, String sql, Map<String, Object> params, LocalDate asOf)
            throws SQLException {
        Map<String, Object> all = new HashMap<>(params);
        if (asOf != null) {
            all.put("asOfEnd", TaskStateSql.endOf(asOf, clock.zone()));
        }
        NamedSql query = NamedSql.of(sql, all);
        PreparedStatement statement = connection.prepareStatement(query.sql());
        try {
            query.bind(statement);
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return statement;
    }

    private interface JdbcWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs JDBC work on a connection: in a transaction the pool hands out the transaction's own one (closing
     * it only lets it go), after pending entity changes are flushed, as a native query would do.
     */
    private <T> T withConnection(JdbcWork<T> work) {
        if (QuarkusTransaction.isActive()) {
            em.flush(); // asking the EntityManager instead would open a session for every read outside a transaction
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new PersistenceException("Reading tasks failed", e); // mapped by ProblemMappers through its cause
        }
    }

    private static String from(LocalDate asOf) {
        return " FROM (" + TaskStateSql.source(asOf) + ") t"
                + " JOIN region r ON r.id = t.region_id"
                + " JOIN measure m ON m.code = t.measure_code"
                + " JOIN plan_item i ON i.number = m.item_number";
    }

    private static String orderBy(List<String> sort) {
        List<String> terms = new ArrayList<>();
        for (String field : sort) {
            boolean descending = field.startsWith("-");
            String column = SORT_COLUMNS.get(descending ? field.substring(1) : field);
            terms.add(column + (descending ? " DESC" : " ASC"));
        }
        if (terms.isEmpty()) {
            terms.add("t.planned_end ASC");
        }
        terms.add("t.id ASC");
        return String.join(", ", terms);
    }

    /**
     * A row of {@link #SELECT} as a view, its columns read by name. Our own few lines rather than a mapping
     * library (Jdbi): the view has a derived field (slip days) and an enum, so it is no plain column-to-field
     * mapping anyway, and the driver finds a column by its name in a map it builds once per result set, so
     * the task list, the hottest read, costs what it did.
     */
    private static TaskView view(ResultSet r) throws SQLException {
        TaskStatus status = TaskStatus.valueOf(r.getString("status"));
        LocalDate baselineEnd = r.getObject("baseline_end", LocalDate.class);
        LocalDate plannedEnd = r.getObject("planned_end", LocalDate.class);
        return new TaskView(
                r.getLong("id"),
                r.getString("region_code"),
                r.getString("region_name_zh"),
                r.getString("region_name_en"),
                r.getString("measure_code"),
                r.getString("factor_code"),
                r.getString("milestone_code"),
                r.getString("title_zh"),
                r.getString("title_en"),
                r.getString("description_zh"),
                r.getString("description_en"),
                r.getString("responsible_unit"),
                r.getObject("baseline_start", LocalDate.class),
                baselineEnd,
                r.getObject("planned_start", LocalDate.class),
                plannedEnd,
                r.getObject("actual_start", LocalDate.class),
                r.getObject("actual_end", LocalDate.class),
                ChronoUnit.DAYS.between(baselineEnd, plannedEnd),
                status,
                r.getInt("progress"),
                r.getBoolean("overdue"),
                instant(r, "last_verified_at"),
                r.getBoolean("stale"),
                r.getString("implementation_doc_number"),
                r.getString("implementation_doc_url"),
                r.getBoolean("demo"),
                r.getInt("version"),
                instant(r, "created_at"),
                instant(r, "updated_at"),
                r.getString("internal_note"),
                r.getString("external_key"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void requireExists(long taskId) {
        if (Task.findById(taskId) == null) {
            throw ProblemException.notFound("Task", taskId);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
