package io.ledgerline.app.axon;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * db-scheduler's PostgreSQL statements, with the task data in a {@code jsonb} column instead of {@code bytea}:
 * the data is the JSON of Axon's human-readable deadline details, and operators read pending deadlines with plain
 * SQL ({@code select execution_time, task_data ->> 'deadlineName' from scheduled_tasks}).
 */
final class JsonTaskData extends PostgreSqlJdbcCustomization {

    JsonTaskData() {
        super(false, true);
    }

    @Override
    public void setTaskData(PreparedStatement statement, int index, byte[] json) throws SQLException {
        // Sent untyped, so PostgreSQL reads the text as the column's jsonb.
        statement.setObject(index, json == null ? null : new String(json, UTF_8), Types.OTHER);
    }

    @Override
    public byte[] getTaskData(ResultSet row, String column) throws SQLException {
        String json = row.getString(column);
        return json == null ? null : json.getBytes(UTF_8);
    }
}
