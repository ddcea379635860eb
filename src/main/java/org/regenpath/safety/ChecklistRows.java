package org.regenpath.safety;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of "an answered checklist is final" on {@code safety_checklist}: a row trigger that refuses DELETE, and
 * UPDATE of a row whose state is already ANSWERED (the one change allowed is answering an unanswered checklist).
 * PostgreSQL uses a PL/pgSQL trigger to the same effect. Public because H2 instantiates it by class name.
 */
public class ChecklistRows implements Trigger {

    private int state = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        try (ResultSet columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (columns.next()) {
                if ("state".equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
                    state = columns.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
        if (state < 0) {
            throw new SQLException(tableName + " has no column state");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null) {
            throw new SQLException("safety_checklist keeps every checklist: DELETE is not allowed", "42501");
        }
        if ("ANSWERED".equals(String.valueOf(oldRow[state]))) {
            throw new SQLException("safety_checklist: an answered checklist is final; UPDATE is not allowed",
                    "42501");
        }
    }
}
