-- Custody events and bedside attempts are append-only: their row triggers are disabled for the one-off backfill of
-- the new columns and enabled again in the same migration (one transaction, run by the owner role), so no
-- application write sees them off.
alter table product_custody_event disable trigger product_custody_event_append_only;
alter table product_bedside_attempt disable trigger product_bedside_attempt_append_only;
update product_custody_event set recorded_at = occurred_at where recorded_at is null;
update product_bedside_attempt set happened_at = attempted_at where happened_at is null;
alter table product_custody_event alter column recorded_at set not null;
alter table product_bedside_attempt alter column happened_at set not null;
alter table product_custody_event enable trigger product_custody_event_append_only;
alter table product_bedside_attempt enable trigger product_bedside_attempt_append_only;
