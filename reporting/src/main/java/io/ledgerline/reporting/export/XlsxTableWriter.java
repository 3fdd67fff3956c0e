package io.ledgerline.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX through fastexcel (D43): one sheet named after the report, a bold header row of the GraphQL field names, then
 * the rows, flushed to the response every {@value #FLUSH_EVERY} rows so a large report is never held in memory.
 * Figures are numeric cells (money with two decimals, ratios as percentages), instants ISO-8601 text as in GraphQL,
 * dates real dates.
 */
final class XlsxTableWriter implements TableWriter {

    private static final int FLUSH_EVERY = 1000;

    @Override
    public String contentType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public void write(ReportTable table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Ledgerline", "1.0");
        Worksheet sheet = workbook.newWorksheet(table.name());
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        int[] next = {1};
        try {
            table.forEachRow(row -> {
                int r = next[0]++;
                for (int c = 0; c < columns.size(); c++) {
                    cell(sheet, r, c, columns.get(c).type(), row.get(c));
                }
                if (r % FLUSH_EVERY == 0) {
                    flush(sheet);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, ColumnType type, Object value) {
        if (value == null) {
            return;
        }
        switch (type) {
            case TEXT -> sheet.value(r, c, value.toString());
            case INTEGER -> sheet.value(r, c, (Number) value);
            case MONEY -> {
                sheet.value(r, c, (BigDecimal) value);
                sheet.style(r, c).format("#,##0.00").set();
            }
            case DECIMAL -> {
                sheet.value(r, c, (Number) value);
                sheet.style(r, c).format("0.00").set();
            }
            case RATIO -> {
                sheet.value(r, c, (Number) value);
                sheet.style(r, c).format("0.00%").set();
            }
            case INSTANT -> sheet.value(r, c, ((Instant) value).toString());
            case DATE -> {
                sheet.value(r, c, (LocalDate) value);
                sheet.style(r, c).format("yyyy-mm-dd").set();
            }
        }
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
