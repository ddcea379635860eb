-- A candidacy decision is a signed clinical record: later decisions supersede it, nothing rewrites it.
create trigger intake_candidacy_decision_append_only before update, delete on intake_candidacy_decision
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
