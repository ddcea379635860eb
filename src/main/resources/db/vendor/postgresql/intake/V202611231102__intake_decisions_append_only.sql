-- A candidacy decision is a signed clinical record: later decisions supersede it, nothing rewrites it.
create function intake_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = '42501';
end;
$$;

create trigger intake_candidacy_decision_append_only before update or delete on intake_candidacy_decision
    for each row execute function intake_refuse_change();
