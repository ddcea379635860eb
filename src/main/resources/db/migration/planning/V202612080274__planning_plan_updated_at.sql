-- When a plan last changed (decision 0038): a version written or approved, or a consent to it recorded or
-- withdrawn. Kept on the plan row so a reader of "what changed since" (a registry, a FHIR facade) finds it by an
-- index. Earlier plans take the newest of their creation, their versions' edits, their consents and withdrawals;
-- an approval is a save of the plan, so from now on it moves the time too.
alter table planning_plan add column updated_at timestamp with time zone;
update planning_plan set updated_at = created_at where updated_at is null;
update planning_plan set updated_at = (select max(v.edited_at) from planning_plan_version v
    where v.plan_id = planning_plan.id)
    where (select max(v.edited_at) from planning_plan_version v where v.plan_id = planning_plan.id) > updated_at;
update planning_plan set updated_at = (select max(c.recorded_at) from planning_consent c
    where c.plan_id = planning_plan.id)
    where (select max(c.recorded_at) from planning_consent c where c.plan_id = planning_plan.id) > updated_at;
update planning_plan set updated_at = (select max(w.withdrawn_at) from planning_consent_withdrawal w
    join planning_consent c on c.id = w.consent_id where c.plan_id = planning_plan.id)
    where (select max(w.withdrawn_at) from planning_consent_withdrawal w join planning_consent c
        on c.id = w.consent_id where c.plan_id = planning_plan.id) > updated_at;
alter table planning_plan alter column updated_at set not null;
create index planning_plan_clinic_updated on planning_plan (clinic_id, updated_at, id);
