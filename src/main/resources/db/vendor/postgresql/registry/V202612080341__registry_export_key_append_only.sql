-- A clinic's date-shift secret never changes once drawn (decision 0050). The trigger's name marks the table
-- append-only, so the application role may only read and insert it.
create function registry_export_key_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = '42501';
end;
$$;

create trigger registry_export_key_append_only before update or delete on registry_export_key
    for each row execute function registry_export_key_refuse_change();
create trigger registry_export_key_no_truncate before truncate on registry_export_key
    for each statement execute function registry_export_key_refuse_change();
