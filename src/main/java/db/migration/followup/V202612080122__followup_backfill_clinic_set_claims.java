package db.migration.followup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code followup_clinic_set_claim} from the sets saved before it existed: each set's newest version, unless
 * retired, claims its conditions. Written in Java because the conditions are one comma-separated column, which H2
 * and PostgreSQL split differently. Where two sets already claimed one condition (the race the table now
 * prevents), the set saved first keeps it, as {@code InstrumentSets.setFor} already decided for new plans.
 */
public class V202612080122__followup_backfill_clinic_set_claims extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        Set<String> claimed = new HashSet<>();
        try (Statement read = db.createStatement();
                ResultSet rs = read.executeQuery("""
                        select v.id, v.set_id, v.clinic_id, v.conditions, v.retired
                        from followup_clinic_set_version v
                        where v.version = (select max(w.version) from followup_clinic_set_version w
                                           where w.set_id = v.set_id)
                        order by v.clinic_id, v.set_id""");
                PreparedStatement insert = db.prepareStatement("insert into followup_clinic_set_claim"
                        + " (clinic_id, condition_id, set_id, version_id) values (?, ?, ?, ?)")) {
            while (rs.next()) {
                if (rs.getBoolean("retired")) {
                    continue;
                }
                long clinic = rs.getLong("clinic_id");
                for (String condition : rs.getString("conditions").split(",")) {
                    if (condition.isBlank() || !claimed.add(clinic + "/" + condition)) {
                        continue;
                    }
                    insert.setLong(1, clinic);
                    insert.setString(2, condition);
                    insert.setLong(3, rs.getLong("set_id"));
                    insert.setLong(4, rs.getLong("id"));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
