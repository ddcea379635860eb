create trigger followup_clinic_set_append_only before update, delete on followup_clinic_set
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
create trigger followup_clinic_set_version_append_only before update, delete on followup_clinic_set_version
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
