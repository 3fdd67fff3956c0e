package io.ledgerline.reporting.export;

import java.util.List;
import java.util.function.Consumer;

/**
 * A report as a table: its columns and a source that hands over its rows one by one, so a writer can stream them to
 * the response as they are read (D43).
 */
record ReportTable(String name, List<Column> columns, Consumer<Consumer<List<Object>>> rows) {

    void forEachRow(Consumer<List<Object>> row) {
        rows.accept(row);
    }
}
