package io.ledgerline.reporting.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report table to a stream in one file format. */
interface TableWriter {

    String contentType();

    void write(ReportTable table, OutputStream out) throws IOException;
}
