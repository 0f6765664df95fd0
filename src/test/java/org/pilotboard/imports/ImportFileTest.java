package org.pilotboard.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotboard.http.ProblemException;
import org.pilotboard.imports.ImportFile.SheetCell;

class ImportFileTest {

    static List<String> texts(ImportFile.SheetRow row) {
        return row.cells().stream().map(SheetCell::text).toList();
    }

    @Test
    void utf8WithByteOrderMark() {
        ImportFile file = ImportFile.csv("\uFEFF类型,地区代码\r\ntask,合肥\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("类型", "地区代码"), texts(file.heading));
        assertEquals(List.of("task", "合肥"), texts(file.rows.get(0)));
    }

    @Test
    void gb18030AsChineseExcelSavesCsv() {
        ImportFile file = ImportFile.csv("类型,任务名称\r\n任务,国标编码的任务\r\n".getBytes(Charset.forName("GB18030")));
        assertEquals(List.of("任务", "国标编码的任务"), texts(file.rows.get(0)));
    }

    @Test
    void rowNumbersAreTheSpreadsheetsWithQuotedLinesAndBlankRows() {
        ImportFile file = ImportFile.csv("kind,comment\n\n# an example\ntask,\"two\nlines, \"\"quoted\"\"\"\nupdate,x"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(2, file.rows.size(), "blank and # rows left out");
        assertEquals(4, file.rows.get(0).number());
        assertEquals(List.of("task", "two\nlines, \"quoted\""), texts(file.rows.get(0)));
        assertEquals(5, file.rows.get(1).number());
    }

    @Test
    void ourExportsFormulaApostropheComesOff() {
        ImportFile file =
                ImportFile.csv("kind,comment\ntask,'=SUM(A1)\ntask,'plain\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("=SUM(A1)", file.rows.get(0).cell(1).text());
        assertEquals("'plain", file.rows.get(1).cell(1).text(), "an apostrophe before other text is the user's own");
    }

    @Test
    void malformedOrForeignFilesAreRefused() {
        ProblemException open = assertThrows(
                ProblemException.class,
                () -> ImportFile.csv("kind\n\"never closed\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(open.problem().detail().contains("never closed"));
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> ImportFile.csv(new byte[] {'P', 'K', 3, 4, 0}))
                        .problem()
                        .status());
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> ImportFile.csv("a\0b".getBytes(StandardCharsets.UTF_8)))
                        .problem()
                        .status());
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> ImportFile.csv(new byte[] {(byte) 0xFF, (byte) 0xFF, 0x41}))
                        .problem()
                        .status(),
                "neither UTF-8 nor GB18030");
    }
}
