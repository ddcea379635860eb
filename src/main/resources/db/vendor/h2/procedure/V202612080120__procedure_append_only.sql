-- A procedure record and its sites document an injection as it was done: nothing rewrites or removes them.
create trigger procedure_record_append_only before update, delete on procedure_record
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
create trigger procedure_site_append_only before update, delete on procedure_site
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
