package org.regenpath.product;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of the append-only guarantee for {@code product_custody_event}, {@code product_bedside_attempt} and
 * {@code product_plan_injection}: a row trigger that refuses UPDATE and DELETE. PostgreSQL uses a PL/pgSQL trigger to the same effect (ADR 0003
 * applies the same rule to the audit trail). Public because H2 instantiates it by class name.
 */
public class AppendOnlyRows implements Trigger {

    private String table = "this table";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: UPDATE and DELETE are not allowed", "42501");
    }
}
