-- "Changed since" reads of a clinic's questionnaire responses (decision 0038) go by (submitted_at, id): a response
-- is written once and never changed, so when it was submitted is its last change.
create index followup_response_clinic_submitted on followup_response (clinic_id, submitted_at, id);
