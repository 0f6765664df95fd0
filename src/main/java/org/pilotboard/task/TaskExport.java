package org.pilotboard.task;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.pilotboard.common.AppClock;
import org.pilotboard.task.TaskViews.TaskView;

/**
 * The task list as a spreadsheet, streamed row by row from a database cursor: CSV (UTF-8 with a
 * byte-order mark so that Excel reads Chinese correctly) or XLSX. Public columns only.
 */
@ApplicationScoped
public class TaskExport {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private record Column(String name, Function<TaskView, Object> value) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("id", TaskView::id), new Column("regionCode", TaskView::regionCode),
            new Column("regionNameZh", TaskView::regionNameZh), new Column("factorCode", TaskView::factorCode),
            new Column("measureCode", TaskView::measureCode), new Column("milestoneCode", TaskView::milestoneCode),
            new Column("titleZh", TaskView::titleZh), new Column("titleEn", TaskView::titleEn),
            new Column("responsibleUnit", TaskView::responsibleUnit), new Column("status", TaskView::status),
            new Column("progress", TaskView::progress), new Column("baselineStart", TaskView::baselineStart),
            new Column("baselineEnd", TaskView::baselineEnd), new Column("plannedStart", TaskView::plannedStart),
            new Column("plannedEnd", TaskView::plannedEnd), new Column("actualStart", TaskView::actualStart),
            new Column("actualEnd", TaskView::actualEnd), new Column("slipDays", TaskView::slipDays),
            new Column("overdue", TaskView::overdue), new Column("stale", TaskView::stale),
            new Column("lastVerifiedAt", TaskView::lastVerifiedAt),
            new Column("implementationDocNumber", TaskView::implementationDocNumber), new Column("demo", TaskView::demo));

    private final TaskReader reader;
    private final AppClock clock;

    public TaskExport(TaskReader reader, AppClock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    /** The filtered tasks as an attachment; bad filters fail here, before anything is streamed. */
    public Response tasks(TaskFilter filter, LocalDate asOf, boolean xlsx) {
        reader.checkAsOf(asOf);
        String name = "pilotboard-tasks-" + (asOf != null ? asOf : clock.today()) + (xlsx ? ".xlsx" : ".csv");
        StreamingOutput body = out -> QuarkusTransaction.requiringNew().run(() -> {
            try {
                if (xlsx) {
                    writeXlsx(filter, asOf, out);
                } else {
                    writeCsv(filter, asOf, out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Response.ok(body, xlsx ? XLSX : CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private void writeCsv(TaskFilter filter, LocalDate asOf, OutputStream out) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write('\uFEFF');
        csv.write(String.join(",", COLUMNS.stream().map(Column::name).toList()));
        csv.write("\r\n");
        reader.forEach(filter, asOf, task -> {
            try {
                for (int i = 0; i < COLUMNS.size(); i++) {
                    if (i > 0) {
                        csv.write(',');
                    }
                    csv.write(csvCell(COLUMNS.get(i).value().apply(task)));
                }
                csv.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    private void writeXlsx(TaskFilter filter, LocalDate asOf, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Pilotboard", "1.0");
        Worksheet sheet = workbook.newWorksheet("tasks");
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.value(0, c, COLUMNS.get(c).name());
        }
        int[] row = {1};
        reader.forEach(filter, asOf, task -> {
            for (int c = 0; c < COLUMNS.size(); c++) {
                Object value = COLUMNS.get(c).value().apply(task);
                if (value instanceof Number n) {
                    sheet.value(row[0], c, n);
                } else if (value instanceof Boolean b) {
                    sheet.value(row[0], c, b);
                } else if (value != null) {
                    sheet.value(row[0], c, value.toString());
                }
            }
            if (++row[0] % 1000 == 0) {
                try {
                    sheet.flush(); // keeps memory bounded: rows so far go out to the stream
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        workbook.finish();
    }

    /** RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as a formula. */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
