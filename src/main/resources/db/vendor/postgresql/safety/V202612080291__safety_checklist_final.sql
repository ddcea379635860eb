-- An answered checklist is final and no checklist is deleted; its answers are append-only. The checklist's trigger
-- is not named <table>_append_only, so the application role keeps UPDATE on it for the one change allowed
-- (answering an unanswered checklist); the answers' trigger is, so the role may only read and insert them. The
-- checklist's triggers use their own function (not one named *refuse_change, which marks an append-only table).
create function safety_checklist_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = '42501';
end;
$$;

create function safety_checklist_keep_answered() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'TRUNCATE') then
        raise exception 'safety_checklist keeps every checklist: % is not allowed', tg_op using errcode = '42501';
    end if;
    if old.state = 'ANSWERED' then
        raise exception 'safety_checklist: an answered checklist is final; UPDATE is not allowed'
            using errcode = '42501';
    end if;
    return new;
end;
$$;

create trigger safety_checklist_answered_is_final before update or delete on safety_checklist
    for each row execute function safety_checklist_keep_answered();
create trigger safety_checklist_no_truncate before truncate on safety_checklist
    for each statement execute function safety_checklist_keep_answered();
create trigger safety_checklist_answer_append_only before update or delete on safety_checklist_answer
    for each row execute function safety_checklist_refuse_change();
create trigger safety_checklist_answer_no_truncate before truncate on safety_checklist_answer
    for each statement execute function safety_checklist_refuse_change();
