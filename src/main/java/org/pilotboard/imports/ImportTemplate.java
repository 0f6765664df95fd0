package org.pilotboard.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The import template: the heading row (Chinese label and key of every column) and two example
 * rows, commented out with a leading {@code #} (a task, and a status update of it). The XLSX
 * template has a second sheet explaining every column.
 */
final class ImportTemplate {

    private ImportTemplate() {}

    /** The example rows: a task and an update of it. */
    private static final List<Map<ImportColumn, String>> EXAMPLES = List.of(examples(true), examples(false));

    private static Map<ImportColumn, String> examples(boolean task) {
        Map<ImportColumn, String> row = new java.util.EnumMap<>(ImportColumn.class);
        for (ImportColumn c : ImportColumn.values()) {
            if (c == ImportColumn.KIND) {
                row.put(c, task ? "#task" : "#update");
            } else if (c.forTasks() && c.forUpdates() || (task ? c.forTasks() : c.forUpdates())) {
                row.put(c, c.example);
            }
        }
        return row;
    }

    /**
     * The template as CSV UTF-8 with a byte-order mark. Written by hand rather than with commons-csv (which
     * the import reads with): it quotes every cell starting with #, and the example rows are to start with a
     * bare # that a text editor un-comments by deleting it. The cells are our own examples.
     */
    static byte[] csv() {
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> headings = new ArrayList<>();
        for (ImportColumn c : ImportColumn.values()) {
            headings.add(c.heading());
        }
        csv.append(String.join(",", headings)).append("\r\n");
        for (Map<ImportColumn, String> example : EXAMPLES) {
            List<String> cells = new ArrayList<>();
            for (ImportColumn c : ImportColumn.values()) {
                cells.add(quote(example.getOrDefault(c, "")));
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }

    static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Pilotboard", "1.0");
            Worksheet sheet = workbook.newWorksheet("导入 import");
            ImportColumn[] columns = ImportColumn.values();
            for (int c = 0; c < columns.length; c++) {
                ImportColumn column = columns[c];
                sheet.value(0, c, column.heading());
                sheet.style(0, c).bold().fillColor("DDEBF7").set();
                sheet.width(c, Math.max(12, Math.min(40, column.heading().length() * 1.6)));
                // Codes and keys stay text (Excel would turn 5.10 into 5.1); dates are typed as dates.
                boolean date = column == ImportColumn.PLANNED_START
                        || column == ImportColumn.PLANNED_END
                        || column == ImportColumn.ACTUAL_START
                        || column == ImportColumn.ACTUAL_END;
                sheet.style(c).format(date ? "yyyy-mm-dd" : "@").set();
                for (int r = 0; r < EXAMPLES.size(); r++) {
                    String value = EXAMPLES.get(r).getOrDefault(column, "");
                    if (!value.isEmpty()) {
                        sheet.value(r + 1, c, value);
                        sheet.style(r + 1, c)
                                .italic()
                                .fontColor("808080")
                                .format("@")
                                .set();
                    }
                }
            }
            sheet.freezePane(0, 1);

            Worksheet help = workbook.newWorksheet("说明 help");
            String[] notes = {
                "每行一条：类型 task 为任务（按 地区代码＋任务编号 新建或更新），update 为该任务的一条进展（按 进展编号 只记录一次）。",
                "One row each: kind task is a task (created or updated by regionCode + externalKey); update is a status update of a task (recorded once per updateKey).",
                "以 # 开头的行（如示例行）不导入；标题以 # 开头的列是您自己的列，不读取。公式不计算：请粘贴数值。",
                "Rows starting with # (like the examples) are not imported; columns whose heading starts with # are yours and not read. Formulas are not evaluated: paste values.",
                "先检查全部行：有任何错误则一行也不导入，并逐行列出错误；再次导入同一文件不会重复创建（结果为 unchanged）。",
                "Every row is checked first: if any has a problem nothing is imported and each problem is listed by row; importing the same file again creates nothing (unchanged).",
                "官员只能导入本人负责地区的任务。每个文件最多 " + ImportFile.MAX_ROWS + " 行、1 MB。",
                "Officials import only into their own regions. At most " + ImportFile.MAX_ROWS
                        + " rows and 1 MB per file.",
            };
            for (int r = 0; r < notes.length; r++) {
                help.value(r, 0, notes[r]);
            }
            int top = notes.length + 1;
            String[] titles = {"列 column", "用于 rows", "说明", "Explanation", "示例 example"};
            for (int c = 0; c < titles.length; c++) {
                help.value(top, c, titles[c]);
                help.style(top, c).bold().fillColor("DDEBF7").set();
            }
            for (int i = 0; i < columns.length; i++) {
                ImportColumn column = columns[i];
                int r = top + 1 + i;
                help.value(r, 0, column.heading());
                help.value(
                        r,
                        1,
                        switch (column.rows) {
                            case TASK -> "任务 task";
                            case UPDATE -> "进展 update";
                            case BOTH -> "均可 both";
                        });
                help.value(r, 2, column.helpZh);
                help.value(r, 3, column.helpEn);
                help.value(r, 4, column.example);
                help.style(r, 4).format("@").set();
            }
            help.width(0, 30);
            help.width(1, 14);
            help.width(2, 60);
            help.width(3, 60);
            help.width(4, 24);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
