package io.ledgerline.reporting.export;

/** A column of an exported report: its header (the GraphQL field name) and how its values are written. */
record Column(String header, ColumnType type) {
}
