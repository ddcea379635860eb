package org.regenpath.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * After the run: every submission must have left its response, its score, its completed task and its audit row,
 * and every baseline INSERT its row. Only the benchmark's own patients count: the demo data answers questionnaires
 * of its own when it loads. A benchmark whose writes went missing measured nothing.
 */
record Checks(List<String> lines, boolean passed) {

    static Checks of(BenchDatabase db, long submissions, long inserts) throws SQLException {
        List<String> lines = new ArrayList<>();
        boolean ok = check(lines, "responses stored", db.count("""
                select count(*) from followup_response r join followup_task t on t.id = r.task_id
                where t.time_point_id like 'bench-%'"""), submissions);
        ok &= check(lines, "scores stored", db.count("""
                select count(*) from followup_response_score s join followup_response r on r.id = s.response_id
                join followup_task t on t.id = r.task_id where t.time_point_id like 'bench-%'"""), submissions);
        ok &= check(lines, "tasks completed", db.count("""
                select count(*) from followup_task where time_point_id like 'bench-%' and status = 'COMPLETED'"""),
                submissions);
        ok &= check(lines, "audit rows (CREATE QuestionnaireResponse, SUCCESS)", db.count("""
                select count(*) from audit_event
                where action = 'CREATE' and resource_type = 'QuestionnaireResponse' and outcome = 'SUCCESS'
                and patient_id in (select patient_id from followup_task where time_point_id like 'bench-%')"""),
                submissions);
        ok &= check(lines, "refusals audited (should be none)", db.count("""
                select count(*) from audit_event where outcome = 'DENIED'"""), 0);
        ok &= check(lines, "baseline rows", db.count("select count(*) from bench_insert"), inserts);
        return new Checks(List.copyOf(lines), ok);
    }

    private static boolean check(List<String> lines, String what, long found, long expected) {
        lines.add(String.format("%s: %,d of %,d expected %s", what, found, expected,
                found == expected ? "(ok)" : "(FAILED)"));
        return found == expected;
    }
}
