create trigger followup_baseline_gap_append_only before update, delete on followup_baseline_gap
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
