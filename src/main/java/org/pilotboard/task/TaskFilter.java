package org.pilotboard.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pilotboard.http.Params;
import org.pilotboard.http.ProblemException;

/** Filters, sort order and page of a task list, parsed from query parameters. */
public record TaskFilter(
        List<String> regions,
        String factor,
        String measure,
        String milestone,
        List<TaskStatus> statuses,
        Boolean overdue,
        Boolean stale,
        Boolean demo,
        String text,
        List<String> sort,
        int page,
        int size) {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** Sortable fields, by their API name: the columns the reader sorts by. */
    static final Set<String> SORTABLE = TaskReader.SORT_COLUMNS.keySet();

    @SuppressWarnings("java:S107") // one argument per query parameter
    public static TaskFilter parse(
            String region,
            String factor,
            String measure,
            String milestone,
            String status,
            String overdue,
            String stale,
            String demo,
            String q,
            String sort,
            String page,
            String size) {
        List<TaskStatus> statuses = new ArrayList<>();
        if (status != null && !status.isBlank()) {
            for (String s : status.split(",")) {
                statuses.add(Params.enumValue("status", s, TaskStatus.class));
            }
        }
        List<String> sortFields = new ArrayList<>();
        if (sort != null && !sort.isBlank()) {
            for (String s : sort.split(",")) {
                String field = s.strip().startsWith("-") ? s.strip().substring(1) : s.strip();
                if (!SORTABLE.contains(field)) {
                    throw ProblemException.invalid(
                            "sort",
                            "query",
                            "unknown field '" + field + "'; sortable: "
                                    + SORTABLE.stream().sorted().toList()
                                    + ", each optionally prefixed with - for descending");
                }
                sortFields.add(s.strip());
            }
        }
        Integer pageNumber = Params.integer("page", page, 0, 1_000_000);
        Integer pageSize = Params.integer("size", size, 1, MAX_PAGE_SIZE);
        List<String> regionCodes = new ArrayList<>();
        if (region != null && !region.isBlank()) {
            for (String code : region.split(",")) {
                if (!code.isBlank()) {
                    regionCodes.add(Params.text("region", code, 64));
                }
            }
            if (regionCodes.size() > 50) {
                throw ProblemException.invalid("region", "query", "at most 50 regions at once");
            }
        }
        return new TaskFilter(
                List.copyOf(regionCodes),
                Params.text("factor", factor, 40),
                Params.text("measure", measure, 20),
                Params.text("milestone", milestone, 20),
                List.copyOf(statuses),
                Params.bool("overdue", overdue),
                Params.bool("stale", stale),
                Params.bool("demo", demo),
                Params.text("q", q, 100),
                List.copyOf(sortFields),
                pageNumber == null ? 0 : pageNumber,
                pageSize == null ? DEFAULT_PAGE_SIZE : pageSize);
    }
}
