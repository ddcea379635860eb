create function product_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = '42501';
end;
$$;

create trigger product_custody_event_append_only before update or delete on product_custody_event
    for each row execute function product_refuse_change();
create trigger product_custody_event_no_truncate before truncate on product_custody_event
    for each statement execute function product_refuse_change();
create trigger product_bedside_attempt_append_only before update or delete on product_bedside_attempt
    for each row execute function product_refuse_change();
create trigger product_bedside_attempt_no_truncate before truncate on product_bedside_attempt
    for each statement execute function product_refuse_change();
