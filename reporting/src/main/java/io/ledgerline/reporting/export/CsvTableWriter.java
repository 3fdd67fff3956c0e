package io.ledgerline.reporting.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV (RFC 4180): UTF-8 with a byte-order mark (so spreadsheet programs read Chinese text right), a header row of the
 * GraphQL field names, CRLF line ends, fields quoted when needed. Numbers are written as GraphQL writes them (money
 * as a plain decimal with two places). A text cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @} or a tab) is prefixed with an apostrophe (D43).
 */
final class CsvTableWriter implements TableWriter {

    private static final char BOM = '\uFEFF';

    @Override
    public String contentType() {
        return "text/csv;charset=UTF-8";
    }

    @Override
    public void write(ReportTable table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        line(writer, table.columns().stream().map(column -> quoted(column.header())).toList());
        try {
            table.forEachRow(row -> {
                try {
                    line(writer, cells(table.columns(), row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static List<String> cells(List<Column> columns, List<Object> row) {
        return java.util.stream.IntStream.range(0, columns.size())
                .mapToObj(i -> cell(columns.get(i).type(), row.get(i))).toList();
    }

    static String cell(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> quoted(guarded(value.toString()));
            case MONEY -> ((BigDecimal) value).setScale(2).toPlainString();
            default -> value.toString();
        };
    }

    private static String guarded(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String quoted(String text) {
        boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        writer.write(String.join(",", cells));
        writer.write("\r\n");
    }
}
