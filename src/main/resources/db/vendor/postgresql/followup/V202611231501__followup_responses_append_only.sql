-- Submitted responses and their scores are kept as submitted: never changed, never deleted.
create function followup_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = '42501';
end;
$$;

create trigger followup_response_append_only before update or delete on followup_response
    for each row execute function followup_refuse_change();
create trigger followup_response_no_truncate before truncate on followup_response
    for each statement execute function followup_refuse_change();
create trigger followup_response_score_append_only before update or delete on followup_response_score
    for each row execute function followup_refuse_change();
create trigger followup_response_score_no_truncate before truncate on followup_response_score
    for each statement execute function followup_refuse_change();
