create trigger followup_problem_report_append_only before update, delete on followup_problem_report
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
