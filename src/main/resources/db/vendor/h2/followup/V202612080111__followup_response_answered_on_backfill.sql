-- Responses are append-only: the trigger is dropped for the one-off backfill of the new column and recreated as
-- V202611231501 made it, in the same migration (one transaction), so no application write sees it missing.
drop trigger followup_response_append_only;
update followup_response set answered_on = cast(submitted_at at time zone 'UTC' as date) where answered_on is null;
alter table followup_response alter column answered_on set not null;
create trigger followup_response_append_only before update, delete on followup_response
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
