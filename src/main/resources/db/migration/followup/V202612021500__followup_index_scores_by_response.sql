-- A response's scores are read by response (opening a submitted questionnaire); without this index every such read
-- scanned all scores of all patients, a cost that grew with the registry (found by bench/, issue #5).
create index followup_response_score_response on followup_response_score (response_id);
