create trigger followup_baseline_gap_append_only before update or delete on followup_baseline_gap
    for each row execute function followup_refuse_change();
create trigger followup_baseline_gap_no_truncate before truncate on followup_baseline_gap
    for each statement execute function followup_refuse_change();
