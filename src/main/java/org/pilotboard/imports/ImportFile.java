package org.pilotboard.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.logging.Logger;
import org.pilotboard.http.ProblemException;

/**
 * A spreadsheet as rows of cells, read from CSV (UTF-8, or GB18030 as Excel saves "CSV" on Chinese
 * Windows; parsed by commons-csv) or from the first sheet of an XLSX workbook. Formulas are never evaluated: a formula cell
 * is an error of its row. Blank rows and rows whose first cell starts with {@code #} (comments, the
 * template's examples) are left out; the first other row is the heading row. Row numbers are the
 * ones the spreadsheet shows.
 */
final class ImportFile {

    private static final Logger LOG = Logger.getLogger(ImportFile.class);

    /** At most this many data rows per file. */
    static final int MAX_ROWS = 5000;

    static final int MAX_COLUMNS = 100;
    /** An XLSX body may inflate to at most this many bytes (the request body itself is at most 1 MB). */
    private static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;

    private static final int MAX_ZIP_ENTRIES = 1000;
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    /** One cell: its text (trimmed, empty when blank), and for XLSX its number or date, or why it cannot be read. */
    record SheetCell(String text, BigDecimal number, LocalDate date, String problem) {
        static final SheetCell EMPTY = new SheetCell("", null, null, null);

        static SheetCell text(String text) {
            return text.isBlank() ? EMPTY : new SheetCell(text.strip(), null, null, null);
        }

        boolean blank() {
            return text.isEmpty() && problem == null;
        }
    }

    /** A row with its number as the spreadsheet shows it (1 = the first line or row). */
    record SheetRow(int number, List<SheetCell> cells) {
        SheetCell cell(int index) {
            return index < cells.size() ? cells.get(index) : SheetCell.EMPTY;
        }

        boolean blank() {
            return cells.stream().allMatch(SheetCell::blank);
        }

        boolean comment() {
            return !cells.isEmpty() && cells.get(0).text().startsWith("#");
        }
    }

    final SheetRow heading;
    final List<SheetRow> rows;

    private ImportFile(SheetRow heading, List<SheetRow> rows) {
        this.heading = heading;
        this.rows = rows;
    }

    // ---- CSV --------------------------------------------------------------------------------

    static ImportFile csv(byte[] body) {
        if (isZip(body)) {
            throw ProblemException.badRequest(
                    "This looks like an XLSX workbook, not CSV: send it with Content-Type " + ImportResource.XLSX);
        }
        String text = decode(body);
        if (text.indexOf('\0') >= 0) {
            throw ProblemException.badRequest("This is not a CSV text file (it holds NUL characters)");
        }
        Collector collector = new Collector();
        // Blank lines are records too, so that record numbers stay the row numbers a spreadsheet shows;
        // text after a closing quote belongs to its cell, as spreadsheets read it.
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .get();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))
                .setFormat(format)
                .get()) {
            for (CSVRecord record : parser) {
                List<SheetCell> cells = new ArrayList<>(record.size());
                for (String cell : record) {
                    cells.add(csvCell(cell));
                }
                collector.add(new SheetRow((int) record.getRecordNumber(), List.copyOf(cells)));
            }
        } catch (IOException | UncheckedIOException e) {
            // The parser's only complaint on text: a quoted cell left open ("(startline 2) EOF reached before ...").
            LOG.debugf(e, "Malformed CSV upload");
            Matcher line = START_LINE.matcher(String.valueOf(e.getMessage()));
            throw ProblemException.badRequest("Malformed CSV: a quoted cell"
                    + (line.find() ? " in the row starting on line " + line.group(1) : "") + " is never closed");
        }
        return collector.file();
    }

    /**
     * A CSV cell's value. Our CSV export writes a leading apostrophe before text a spreadsheet would
     * run as a formula; it is taken off again here, so that an export reads back as it was.
     */
    private static SheetCell csvCell(String text) {
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1);
        }
        return SheetCell.text(text);
    }

    /** UTF-8 (with or without byte-order mark); otherwise GB18030, the encoding of Excel's plain "CSV" in China. */
    private static String decode(byte[] body) {
        try {
            return strict(StandardCharsets.UTF_8, body);
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(Charset.forName("GB18030"), body);
            } catch (CharacterCodingException e) {
                throw ProblemException.badRequest(
                        "The CSV is neither UTF-8 nor GB18030 text: save it as \"CSV UTF-8\"");
            }
        }
    }

    private static String strict(Charset charset, byte[] body) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body))
                .toString();
    }

    // ---- XLSX -------------------------------------------------------------------------------

    static ImportFile xlsx(byte[] body) {
        if (body.length >= 8 && ReadableWorkbook.isOLE2Header(body)) {
            throw ImportResource.unsupported("This is an old Excel 97-2003 (.xls) workbook: "
                    + "save it as an Excel workbook (.xlsx) or as CSV UTF-8");
        }
        if (!isZip(body)) {
            throw ProblemException.badRequest("This is not an XLSX workbook (an XLSX file is a ZIP archive)");
        }
        checkInflatedSize(body);
        Collector collector = new Collector();
        try (ReadableWorkbook workbook =
                        new ReadableWorkbook(new ByteArrayInputStream(body), new ReadingOptions(true, false));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            for (Iterator<Row> it = stream.iterator(); it.hasNext(); ) {
                Row row = it.next();
                List<SheetCell> cells = new ArrayList<>();
                int width = Math.min(row.getCellCount(), MAX_COLUMNS + 1);
                for (int c = 0; c < width; c++) {
                    cells.add(xlsxCell(row.getCell(c)));
                }
                collector.add(new SheetRow(row.getRowNum(), cells));
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.debugf(e, "Unreadable XLSX upload");
            throw ProblemException.badRequest(
                    "The XLSX workbook cannot be read: it is damaged or not an Excel workbook");
        }
        return collector.file();
    }

    private static SheetCell xlsxCell(Cell cell) {
        if (cell == null) {
            return SheetCell.EMPTY;
        }
        return switch (cell.getType()) {
            case EMPTY -> SheetCell.EMPTY;
            case STRING -> SheetCell.text(cell.getRawValue() == null ? "" : cell.asString());
            case BOOLEAN -> SheetCell.text(Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE");
            case NUMBER -> {
                BigDecimal number = cell.asNumber();
                LocalDate date = isDateFormat(cell) ? cell.asDate().toLocalDate() : null;
                String text = date != null ? date.toString() : plain(number);
                yield new SheetCell(text, number, date, null);
            }
            case FORMULA ->
                new SheetCell(
                        "=" + cell.getFormula(),
                        null,
                        null,
                        "holds a formula (=" + cell.getFormula()
                                + "); formulas are not evaluated: paste the value instead");
            case ERROR -> new SheetCell(cell.getRawValue(), null, null, "holds the error value " + cell.getRawValue());
        };
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** Whether a number cell is formatted as a date (Excel stores dates as day numbers). */
    private static boolean isDateFormat(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null
                && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        // Leave out quoted text, escapes and [colour]/[$-locale] parts; a date format has y, d (or m with them).
        String bare = format.replaceAll("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]", "").toLowerCase(java.util.Locale.ROOT);
        return bare.contains("y") || bare.contains("d");
    }

    /**
     * Refuses a ZIP that inflates beyond the limit (counted while inflating, not taken from its
     * headers). Read through the central directory with commons-compress, as the XLSX reader does.
     */
    private static void checkInflatedSize(byte[] body) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(body))
                .get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > MAX_ZIP_ENTRIES) {
                throw ProblemException.badRequest("The XLSX workbook has too many parts to be a spreadsheet");
            }
            for (ZipArchiveEntry entry : entries) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MAX_INFLATED_BYTES) {
                            throw ProblemException.of(
                                    413,
                                    "too-large",
                                    "Content too large",
                                    "The XLSX workbook unpacks to more than " + MAX_INFLATED_BYTES / (1024 * 1024)
                                            + " MB");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.badRequest(
                    "The XLSX workbook cannot be read: it is damaged or not an Excel workbook");
        }
    }

    static boolean isZip(byte[] body) {
        return body.length >= 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
    }

    /** Keeps the heading and the data rows; refuses more than MAX_ROWS data rows as soon as it sees one more. */
    private static final class Collector {
        private SheetRow heading;
        private final List<SheetRow> rows = new ArrayList<>();

        void add(SheetRow row) {
            if (row.blank() || row.comment()) {
                return;
            }
            if (heading == null) {
                if (row.cells().size() > MAX_COLUMNS) {
                    throw ProblemException.badRequest("The heading row has more than " + MAX_COLUMNS + " columns");
                }
                heading = row;
                return;
            }
            if (rows.size() >= MAX_ROWS) {
                throw ProblemException.of(
                        413,
                        "too-many-rows",
                        "Too many rows",
                        "A file may hold at most " + MAX_ROWS + " rows; split it into several files");
            }
            rows.add(row);
        }

        ImportFile file() {
            return new ImportFile(heading, List.copyOf(rows));
        }
    }
}
