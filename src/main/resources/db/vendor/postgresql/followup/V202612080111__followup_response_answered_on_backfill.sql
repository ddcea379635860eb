-- Responses are append-only: the trigger is disabled for the one-off backfill of the new column and enabled again
-- in the same migration (one transaction, run by the owner role), so no application write sees it off.
alter table followup_response disable trigger followup_response_append_only;
update followup_response set answered_on = (submitted_at at time zone 'UTC')::date where answered_on is null;
alter table followup_response alter column answered_on set not null;
alter table followup_response enable trigger followup_response_append_only;
