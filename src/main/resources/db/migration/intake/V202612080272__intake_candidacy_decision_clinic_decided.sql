-- "Changed since" reads of a clinic's candidacy decisions (decision 0038) go by (decided_at, id): decisions are
-- append-only, so when a decision was made is its last change.
create index intake_candidacy_decision_clinic_decided on intake_candidacy_decision (clinic_id, decided_at, id);
