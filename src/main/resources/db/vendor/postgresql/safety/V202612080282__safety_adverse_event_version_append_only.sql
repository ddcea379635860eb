-- Every version of an adverse event stays as it was written (21 CFR 11.10(e): changes do not obscure earlier
-- records); the current-state table is the one that changes.
create function safety_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = '42501';
end;
$$;

create trigger safety_adverse_event_version_append_only before update or delete on safety_adverse_event_version
    for each row execute function safety_event_refuse_change();
create trigger safety_adverse_event_version_no_truncate before truncate on safety_adverse_event_version
    for each statement execute function safety_event_refuse_change();
