-- When a product last changed (decision 0038): the recorded time of its newest custody event, kept on the product
-- row so a reader of "what changed since" (a registry, a FHIR facade) finds it by an index instead of scanning the
-- events. Earlier products take it from their events; collection always records the first event.
alter table product_product add column updated_at timestamp with time zone;
update product_product set updated_at = coalesce(
    (select max(e.recorded_at) from product_custody_event e where e.product_id = product_product.id), collected_at)
    where updated_at is null;
alter table product_product alter column updated_at set not null;
create index product_product_clinic_updated on product_product (clinic_id, updated_at, id);
