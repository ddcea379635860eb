package org.regenpath.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of the append-only guarantee: a row trigger that refuses UPDATE and DELETE on the table it is
 * attached to ({@code audit_event}, and records other modules keep as append-only history, such as candidacy
 * decisions). PostgreSQL uses PL/pgSQL triggers to the same effect. Public because H2 instantiates it by name.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table = "this table";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        this.table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: UPDATE and DELETE are not allowed", "42501");
    }
}
