-- "Changed since" reads of a clinic's procedure records (decision 0038) go by (recorded_at, id): a record is written
-- once and never changed, so when it was recorded is its last change.
create index procedure_record_clinic_recorded on procedure_record (clinic_id, recorded_at, id);
