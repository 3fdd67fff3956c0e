package io.ledgerline.reporting.export;

/** How an exported column's values are written: text, a whole number, money, a decimal, a ratio, an instant or a date. */
enum ColumnType {
    TEXT, INTEGER, MONEY, DECIMAL, RATIO, INSTANT, DATE
}
