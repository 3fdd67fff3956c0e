package io.ledgerline.reporting;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The JDBC access of the report readers: rows are fetched in chunks, so that inside a (read-only) transaction
 * PostgreSQL streams a large report through a cursor instead of loading it whole (exports, D43).
 */
@Component
public class ReportJdbc {

    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;

    public ReportJdbc(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    public JdbcTemplate template() {
        return jdbc;
    }
}
