-- A clinic's date-shift secret never changes once drawn (decision 0050).
create trigger registry_export_key_append_only before update, delete on registry_export_key
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
