-- Submitted responses and their scores are kept as submitted: never changed, never deleted.
create trigger followup_response_append_only before update, delete on followup_response
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
create trigger followup_response_score_append_only before update, delete on followup_response_score
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
