create trigger audit_event_append_only before update, delete on audit_event
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
