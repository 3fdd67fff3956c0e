package io.ledgerline.reporting.export;

import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * ANA-6: every report as a CSV or XLSX download, {@code GET /api/reports/{report}.csv|xlsx} with the report query's
 * arguments as parameters (e.g. {@code /api/reports/sales-over-time.xlsx?from=...&to=...&granularity=DAY}). The
 * arguments are checked before the response starts; the rows are then streamed from a read-only transaction (a
 * PostgreSQL cursor) straight into the file.
 */
@RestController
class ReportExportController {

    private static final Map<String, TableWriter> WRITERS = Map.of("csv", new CsvTableWriter(), "xlsx", new XlsxTableWriter());

    private final ReportTables tables;
    private final TransactionTemplate readOnly;

    ReportExportController(ReportTables tables, PlatformTransactionManager transactions) {
        this.tables = tables;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @GetMapping("/api/reports/{report}.{format}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String report, @PathVariable String format,
                                                 @RequestParam Map<String, String> parameters) {
        TableWriter writer = WRITERS.get(format);
        if (writer == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "reports are exported as .csv or .xlsx, not ." + format);
        }
        ReportTable table = tables.table(report, parameters)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "there is no report named " + report));
        String filename = report + suffix(parameters) + "." + format;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(writer.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(out -> readOnly.executeWithoutResult(status -> {
                    try {
                        writer.write(table, out);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
    }

    private static String suffix(Map<String, String> parameters) {
        String from = parameters.get("from");
        String to = parameters.get("to");
        return from == null || to == null ? "" : "_" + from.replace(":", "") + "_" + to.replace(":", "");
    }
}
