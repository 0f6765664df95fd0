package org.pilotboard.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TaskExportCsvTest {

    @Test
    void textASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        for (String formula : new String[] {"=SUM(A1)", "+1", "-1", "@cmd", "\t=1", "\r=1"}) {
            assertEquals("'" + formula, TaskExport.formulaSafe(formula));
        }
        assertEquals("plain", TaskExport.formulaSafe("plain"));
        assertEquals("", TaskExport.formulaSafe(""));
        assertNull(TaskExport.formulaSafe(null));
        assertEquals(-5, TaskExport.formulaSafe(-5), "numbers stay numbers");
    }
}
