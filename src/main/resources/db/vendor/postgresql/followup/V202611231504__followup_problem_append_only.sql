create trigger followup_problem_report_append_only before update or delete on followup_problem_report
    for each row execute function followup_refuse_change();
create trigger followup_problem_report_no_truncate before truncate on followup_problem_report
    for each statement execute function followup_refuse_change();
