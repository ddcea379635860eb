-- A consent and its signatures are signed records (21 CFR 11.70): nothing rewrites or removes them.
create function planning_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = '42501';
end;
$$;

create trigger planning_consent_append_only before update or delete on planning_consent
    for each row execute function planning_refuse_change();
create trigger planning_consent_no_truncate before truncate on planning_consent
    for each statement execute function planning_refuse_change();
create trigger planning_consent_signature_append_only before update or delete on planning_consent_signature
    for each row execute function planning_refuse_change();
create trigger planning_consent_signature_no_truncate before truncate on planning_consent_signature
    for each statement execute function planning_refuse_change();
create trigger planning_consent_withdrawal_append_only before update or delete on planning_consent_withdrawal
    for each row execute function planning_refuse_change();
create trigger planning_consent_withdrawal_no_truncate before truncate on planning_consent_withdrawal
    for each statement execute function planning_refuse_change();
