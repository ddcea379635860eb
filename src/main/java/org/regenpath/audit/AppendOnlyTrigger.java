package org.regenpath.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of the append-only guarantee: a row trigger that refuses UPDATE and DELETE on {@code audit_event}.
 * PostgreSQL uses a PL/pgSQL trigger to the same effect. Public because H2 instantiates it by class name.
 */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_event is append-only: UPDATE and DELETE are not allowed", "42501");
    }
}
