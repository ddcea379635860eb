-- Custody events and bedside attempts are append-only: their triggers are dropped for the one-off backfill of the
-- new columns and recreated as V202611231302 made them, in the same migration (one transaction), so no
-- application write sees them missing.
drop trigger product_custody_event_append_only;
drop trigger product_bedside_attempt_append_only;
update product_custody_event set recorded_at = occurred_at where recorded_at is null;
update product_bedside_attempt set happened_at = attempted_at where happened_at is null;
alter table product_custody_event alter column recorded_at set not null;
alter table product_bedside_attempt alter column happened_at set not null;
create trigger product_custody_event_append_only before update, delete on product_custody_event
    for each row call 'org.regenpath.product.AppendOnlyRows';
create trigger product_bedside_attempt_append_only before update, delete on product_bedside_attempt
    for each row call 'org.regenpath.product.AppendOnlyRows';
