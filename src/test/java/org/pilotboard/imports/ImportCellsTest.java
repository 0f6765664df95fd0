package org.pilotboard.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotboard.imports.ImportFile.SheetCell;
import org.pilotboard.imports.ImportLine.Kind;
import org.pilotboard.task.Evidence;
import org.pilotboard.task.TaskStatus;

class ImportCellsTest {

    @Test
    void datesInTheWaysSpreadsheetsWriteThem() {
        LocalDate day = LocalDate.of(2026, 6, 30);
        assertEquals(day, ImportCells.date(SheetCell.text("2026-06-30")));
        assertEquals(day, ImportCells.date(SheetCell.text("2026/6/30")));
        assertEquals(day, ImportCells.date(SheetCell.text("2026.6.30")));
        assertEquals(day, ImportCells.date(SheetCell.text("2026年6月30日")));
        assertEquals(
                day,
                ImportCells.date(new SheetCell("2026-06-30", new BigDecimal("46203"), day, null)),
                "an Excel date cell");
    }

    @Test
    void whatIsNoDateSaysWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ImportCells.date(SheetCell.text("2026-02-30")))
                .getMessage()
                .contains("not a day of the calendar"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ImportCells.date(SheetCell.text("next week")))
                .getMessage()
                .contains("write YYYY-MM-DD"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> ImportCells.date(new SheetCell("46203", new BigDecimal("46203"), null, null)))
                .getMessage()
                .contains("is a number"));
    }

    @Test
    void wholeNumbersWithOrWithoutPerCent() {
        assertEquals(40, ImportCells.wholeNumber("40"));
        assertEquals(40, ImportCells.wholeNumber("40%"));
        assertEquals(40, ImportCells.wholeNumber("40 ％"));
        assertEquals(40, ImportCells.wholeNumber("40.0"));
        assertEquals(150, ImportCells.wholeNumber("150"), "the range is the bean constraint's to check");
        assertNull(ImportCells.wholeNumber("40.5"));
        assertNull(ImportCells.wholeNumber("abc"));
    }

    @Test
    void statusesByKeyOrChineseWord() {
        assertEquals(TaskStatus.in_progress, ImportCells.status("in_progress"));
        assertEquals(TaskStatus.in_progress, ImportCells.status("In Progress"));
        assertEquals(TaskStatus.not_started, ImportCells.status("not-started"));
        assertEquals(TaskStatus.completed, ImportCells.status("已完成"));
        assertEquals(TaskStatus.delayed, ImportCells.status("滞后"));
        assertNull(ImportCells.status("done"));
    }

    @Test
    void kindsAndTaskIds() {
        assertEquals(Kind.TASK, ImportCells.kind("Task"));
        assertEquals(Kind.UPDATE, ImportCells.kind("进展"));
        assertNull(ImportCells.kind("row"));
        assertEquals(42L, ImportCells.taskId("42"));
        assertNull(ImportCells.taskId("0"));
        assertNull(ImportCells.taskId("4x"));
    }

    @Test
    void evidenceSplitsLinksAndNumbers() {
        assertEquals(
                List.of(
                        new Evidence("https://a.example/1", null, null),
                        new Evidence("https://a.example/2", null, null),
                        new Evidence(null, "皖政办〔2026〕1号", null),
                        new Evidence(null, "国函 2", null)),
                ImportCells.evidence("https://a.example/1；https://a.example/2", "皖政办〔2026〕1号\n国函 2"));
        assertNull(ImportCells.evidence(" ", null));
    }

    @Test
    void columnLetters() {
        assertEquals("A", ImportCells.columnLetter(0));
        assertEquals("Z", ImportCells.columnLetter(25));
        assertEquals("AA", ImportCells.columnLetter(26));
    }
}
