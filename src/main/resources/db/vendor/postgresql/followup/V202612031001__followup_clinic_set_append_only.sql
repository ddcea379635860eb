-- A clinic's instrument set versions are kept as they were saved: a change is a new version.
create trigger followup_clinic_set_append_only before update or delete on followup_clinic_set
    for each row execute function followup_refuse_change();
create trigger followup_clinic_set_no_truncate before truncate on followup_clinic_set
    for each statement execute function followup_refuse_change();
create trigger followup_clinic_set_version_append_only before update or delete on followup_clinic_set_version
    for each row execute function followup_refuse_change();
create trigger followup_clinic_set_version_no_truncate before truncate on followup_clinic_set_version
    for each statement execute function followup_refuse_change();
