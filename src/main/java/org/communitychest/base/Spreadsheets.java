package org.communitychest.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table of figures as a file: CSV for any tool, XLSX for Excel. Numbers stay numbers in the workbook, a
 * {@code null} stays a blank cell (never zero), and text a spreadsheet would run as a formula is kept as text
 * ({@link SpreadsheetText#safe}).
 */
public final class Spreadsheets {

    /** Rows the workbook keeps in memory while it writes; the rest go to a temporary file. */
    private static final int WINDOW = 200;

    private Spreadsheets() {
    }

    public static byte[] csv(List<String> headers, List<? extends List<?>> rows) {
        var out = new ByteArrayOutputStream();
        try (var csv = CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).get()
                .print(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            for (var row : rows) {
                csv.printRecord(row.stream().map(v -> v instanceof String s ? SpreadsheetText.safe(s) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(String sheetName, List<String> headers, List<? extends List<?>> rows) {
        var out = new ByteArrayOutputStream();
        try (var book = new SXSSFWorkbook(WINDOW)) {
            var sheet = book.createSheet(sheetName);
            var header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int r = 1;
            for (var values : rows) {
                var row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(SpreadsheetText.safe(value.toString()));
                    }
                }
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
