package io.ledgerline.reporting.sales;

/** Where the sales projection adds its contributions (PostgreSQL: {@link SalesRollups}). */
interface SalesRollupRows {

    void add(SalesContributions delta);

    void deleteAll();
}
