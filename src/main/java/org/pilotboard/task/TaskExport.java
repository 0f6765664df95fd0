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
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.pilotboard.config.AppClock;
import org.pilotboard.http.ExportSlots;
import org.pilotboard.task.TaskViews.HistoryEntryView;
import org.pilotboard.task.TaskViews.TaskView;

/**
 * The task list and the status-update history as spreadsheets, streamed row by row from a database
 * cursor: CSV (UTF-8 with a byte-order mark so that Excel reads Chinese correctly) or XLSX. Public
 * columns only.
 */
@ApplicationScoped
public class TaskExport {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    record Column<T>(String name, Function<T, Object> value) {}

    /** Rows a worksheet can hold (Excel's limit, the heading row included); the rows after them go on to another sheet. */
    static final int ROWS_PER_SHEET = 1_048_576;

    private static final List<Column<TaskView>> TASK_COLUMNS = List.of(
            new Column<>("id", TaskView::id),
            new Column<>("regionCode", TaskView::regionCode),
            new Column<>("regionNameZh", TaskView::regionNameZh),
            new Column<>("factorCode", TaskView::factorCode),
            new Column<>("measureCode", TaskView::measureCode),
            new Column<>("milestoneCode", TaskView::milestoneCode),
            new Column<>("titleZh", TaskView::titleZh),
            new Column<>("titleEn", TaskView::titleEn),
            new Column<>("responsibleUnit", TaskView::responsibleUnit),
            new Column<>("status", TaskView::status),
            new Column<>("progress", TaskView::progress),
            new Column<>("baselineStart", TaskView::baselineStart),
            new Column<>("baselineEnd", TaskView::baselineEnd),
            new Column<>("plannedStart", TaskView::plannedStart),
            new Column<>("plannedEnd", TaskView::plannedEnd),
            new Column<>("actualStart", TaskView::actualStart),
            new Column<>("actualEnd", TaskView::actualEnd),
            new Column<>("slipDays", TaskView::slipDays),
            new Column<>("overdue", TaskView::overdue),
            new Column<>("stale", TaskView::stale),
            new Column<>("lastVerifiedAt", TaskView::lastVerifiedAt),
            new Column<>("implementationDocNumber", TaskView::implementationDocNumber),
            new Column<>("demo", TaskView::demo));

    private static final List<Column<HistoryEntryView>> HISTORY_COLUMNS = List.of(
            new Column<>("id", HistoryEntryView::id),
            new Column<>("taskId", HistoryEntryView::taskId),
            new Column<>("regionCode", HistoryEntryView::regionCode),
            new Column<>("regionNameZh", HistoryEntryView::regionNameZh),
            new Column<>("factorCode", HistoryEntryView::factorCode),
            new Column<>("measureCode", HistoryEntryView::measureCode),
            new Column<>("milestoneCode", HistoryEntryView::milestoneCode),
            new Column<>("taskTitleZh", HistoryEntryView::taskTitleZh),
            new Column<>("taskVersion", HistoryEntryView::taskVersion),
            new Column<>("previousStatus", HistoryEntryView::previousStatus),
            new Column<>("previousProgress", HistoryEntryView::previousProgress),
            new Column<>("status", HistoryEntryView::status),
            new Column<>("progress", HistoryEntryView::progress),
            new Column<>("confirmation", HistoryEntryView::confirmation),
            new Column<>("comment", HistoryEntryView::comment),
            new Column<>("evidence", u -> evidenceText(u.evidence())),
            new Column<>("author", HistoryEntryView::author),
            new Column<>("recordedAt", HistoryEntryView::recordedAt),
            new Column<>("demo", HistoryEntryView::demo));

    private final TaskReader reader;
    private final HistoryReader history;
    private final AppClock clock;
    private final ExportSlots slots;

    public TaskExport(TaskReader reader, HistoryReader history, AppClock clock, ExportSlots slots) {
        this.reader = reader;
        this.history = history;
        this.clock = clock;
        this.slots = slots;
    }

    /** The filtered tasks as an attachment; bad filters fail here, before anything is streamed. */
    public Response tasks(TaskFilter filter, LocalDate asOf, boolean xlsx) {
        reader.checkAsOf(asOf);
        String name = "pilotboard-tasks-" + (asOf != null ? asOf : clock.today());
        return attachment(name, "tasks", TASK_COLUMNS, each -> reader.forEach(filter, asOf, each), xlsx);
    }

    /** The filtered status-update history as an attachment, oldest first. */
    public Response history(HistoryFilter filter, boolean xlsx) {
        history.check(filter);
        String name = "pilotboard-status-updates-" + clock.today();
        return attachment(name, "status-updates", HISTORY_COLUMNS, each -> history.forEach(filter, each), xlsx);
    }

    /** Whether a request asks for XLSX rather than CSV: by ?format, else by Accept. */
    static boolean wantsXlsx(String format, String accept) {
        return "xlsx".equals(format) || format == null && accept != null && accept.contains(XLSX);
    }

    private <T> Response attachment(
            String name, String sheetName, List<Column<T>> columns, Consumer<Consumer<T>> rows, boolean xlsx) {
        StreamingOutput body =
                slots.inSlot(out -> QuarkusTransaction.requiringNew().run(() -> {
                    try {
                        if (xlsx) {
                            writeXlsx(sheetName, columns, rows, out);
                        } else {
                            writeCsv(columns, rows, out);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
        return Response.ok(body, xlsx ? XLSX : CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + (xlsx ? ".xlsx" : ".csv") + "\"")
                .build();
    }

    private static <T> void writeCsv(List<Column<T>> columns, Consumer<Consumer<T>> rows, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180); // quotes as needed, lines end in CRLF
        csv.printRecord(columns.stream().map(Column::name).toList());
        rows.accept(row -> {
            try {
                for (Column<T> column : columns) {
                    csv.print(formulaSafe(column.value().apply(row)));
                }
                csv.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    private static <T> void writeXlsx(
            String sheetName, List<Column<T>> columns, Consumer<Consumer<T>> rows, OutputStream out)
            throws IOException {
        writeXlsx(sheetName, columns, rows, out, ROWS_PER_SHEET);
    }

    /**
     * The rows as a workbook, each sheet with the heading row and at most rowsPerSheet rows in all: past
     * Excel's limit the rows go on in a sheet "name (2)", and so on, rather than breaking off the download.
     */
    static <T> void writeXlsx(
            String sheetName, List<Column<T>> columns, Consumer<Consumer<T>> rows, OutputStream out, int rowsPerSheet)
            throws IOException {
        Workbook workbook = new Workbook(out, "Pilotboard", "1.0");
        Worksheet[] sheet = {newSheet(workbook, sheetName, columns)};
        int[] row = {1};
        int[] sheets = {1};
        rows.accept(item -> {
            try {
                if (row[0] == rowsPerSheet) {
                    sheet[0].finish();
                    sheets[0]++;
                    sheet[0] = newSheet(workbook, sheetName + " (" + sheets[0] + ")", columns);
                    row[0] = 1;
                }
                writeRow(sheet[0], row[0], columns, item);
                if (++row[0] % 1000 == 0) {
                    sheet[0].flush(); // keeps memory bounded: rows so far go out to the stream
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        workbook.finish();
    }

    private static <T> void writeRow(Worksheet sheet, int row, List<Column<T>> columns, T item) {
        for (int c = 0; c < columns.size(); c++) {
            Object value = columns.get(c).value().apply(item);
            if (value instanceof Number n) {
                sheet.value(row, c, n);
            } else if (value instanceof Boolean b) {
                sheet.value(row, c, b);
            } else if (value != null) {
                // Inline, not in the shared-strings table: that table holds every distinct text until the
                // workbook ends (titles and descriptions of a million tasks ran a 64 MB heap out of memory).
                sheet.inlineString(row, c, value.toString());
            }
        }
    }

    private static <T> Worksheet newSheet(Workbook workbook, String name, List<Column<T>> columns) {
        Worksheet sheet = workbook.newWorksheet(name);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).name());
        }
        return sheet;
    }

    /** Evidence in one cell: each item's label, document number and link, items separated by " | ". */
    private static String evidenceText(List<Evidence> evidence) {
        return evidence.stream()
                .map(e -> java.util.stream.Stream.of(e.label(), e.documentNumber(), e.url())
                        .filter(part -> part != null && !part.isBlank())
                        .collect(java.util.stream.Collectors.joining(" ")))
                .collect(java.util.stream.Collectors.joining(" | "));
    }

    /**
     * A cell's value with a leading apostrophe on text a spreadsheet would run as a formula (= + - @, and tab
     * or carriage return before them); numbers stay as they are. The import takes the apostrophe off again.
     */
    static Object formulaSafe(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
