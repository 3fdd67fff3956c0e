package io.ledgerline.query.inventory;

import io.ledgerline.api.inventory.DiscrepancyType;
import io.ledgerline.api.inventory.StocktakeDiscrepancyView;
import io.ledgerline.api.inventory.StocktakeRecordedEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for INV-5's discrepancies: {@code stocktake_discrepancy_view}, one row per count that differed. */
@Repository
class StocktakeDiscrepancyRepository {

    private final JdbcClient jdbc;

    StocktakeDiscrepancyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keyed by the event's position, so a replayed stocktake is recorded once. */
    void insert(StocktakeRecordedEvent event, long position) {
        jdbc.sql("""
                        insert into stocktake_discrepancy_view (event_position, sku, warehouse, expected, counted, difference,
                            discrepancy, counted_by, counted_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (event_position) do nothing""")
                .params(position, event.sku(), event.warehouse(), event.expected(), event.counted(), event.difference(),
                        event.discrepancy().name(), event.countedBy(), Timestamp.from(event.countedAt()))
                .update();
    }

    /** Newest first; {@code from} inclusive, {@code to} exclusive, either may be null (unbounded). */
    List<StocktakeDiscrepancyView> between(Instant from, Instant to) {
        StringBuilder sql = new StringBuilder("select * from stocktake_discrepancy_view where true");
        if (from != null) {
            sql.append(" and counted_at >= :from");
        }
        if (to != null) {
            sql.append(" and counted_at < :to");
        }
        sql.append(" order by counted_at desc, event_position desc");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
        if (from != null) {
            statement = statement.param("from", Timestamp.from(from));
        }
        if (to != null) {
            statement = statement.param("to", Timestamp.from(to));
        }
        return statement.query((rs, row) -> new StocktakeDiscrepancyView(rs.getString("sku"), rs.getString("warehouse"),
                rs.getInt("expected"), rs.getInt("counted"), rs.getInt("difference"),
                DiscrepancyType.valueOf(rs.getString("discrepancy")), rs.getString("counted_by"),
                rs.getTimestamp("counted_at").toInstant())).list();
    }

    void deleteAll() {
        jdbc.sql("delete from stocktake_discrepancy_view").update();
    }
}
