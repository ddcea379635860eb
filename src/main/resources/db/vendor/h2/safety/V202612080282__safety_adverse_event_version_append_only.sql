create trigger safety_adverse_event_version_append_only before update, delete on safety_adverse_event_version
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
