-- A consent and its signatures are signed records (21 CFR 11.70): nothing rewrites or removes them.
create trigger planning_consent_append_only before update, delete on planning_consent
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
create trigger planning_consent_signature_append_only before update, delete on planning_consent_signature
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
create trigger planning_consent_withdrawal_append_only before update, delete on planning_consent_withdrawal
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
