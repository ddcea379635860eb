-- A procedure record and its sites document an injection as it was done: nothing rewrites or removes them.
create function procedure_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = '42501';
end;
$$;

create trigger procedure_record_append_only before update or delete on procedure_record
    for each row execute function procedure_refuse_change();
create trigger procedure_record_no_truncate before truncate on procedure_record
    for each statement execute function procedure_refuse_change();
create trigger procedure_site_append_only before update or delete on procedure_site
    for each row execute function procedure_refuse_change();
create trigger procedure_site_no_truncate before truncate on procedure_site
    for each statement execute function procedure_refuse_change();
