package io.ledgerline.reporting.logistics;

import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.Severity;
import io.ledgerline.reporting.ReportJdbc;
import io.ledgerline.reporting.period.ReportPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads the logistics rollup: one row per type and severity with exceptions reported in the period (ANA-4). */
@Service
public class LogisticsReports {

    private static final String TYPES = names(ExceptionType.values());
    private static final String SEVERITIES = names(Severity.values());

    private final JdbcTemplate jdbc;

    LogisticsReports(ReportJdbc jdbc) {
        this.jdbc = jdbc.template();
    }

    /** Rows in the contract's order of types, then of severities (minor first). */
    public void stats(ReportPeriod period, Consumer<LogisticsStatsRow> rows) {
        jdbc.query("""
                        select type, severity, sum(reported), sum(escalated), sum(resolved), sum(resolve_millis)
                        from logistics_daily where day >= ? and day < ?
                        group by type, severity having sum(reported) > 0
                        order by array_position(array[%s]::text[], type::text), array_position(array[%s]::text[], severity::text)"""
                        .formatted(TYPES, SEVERITIES),
                rs -> {
                    long resolved = rs.getLong(5);
                    Double mean = resolved == 0 ? null : BigDecimal.valueOf(rs.getLong(6))
                            .divide(BigDecimal.valueOf(resolved * 60_000L), 2, RoundingMode.HALF_UP).doubleValue();
                    rows.accept(new LogisticsStatsRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                            Math.toIntExact(resolved), mean));
                },
                Date.valueOf(period.firstDay()), Date.valueOf(period.endDay()));
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> "'" + value.name() + "'").collect(Collectors.joining(", "));
    }
}
