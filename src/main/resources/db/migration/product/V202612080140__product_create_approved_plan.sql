-- What each approved treatment plan authorises the lab to collect, as the planning module's PlanApproved event
-- tells it (decision 0027): one row per plan, replaced when a newer version is approved. The lab board's list of
-- plans waiting for collection reads it with the products already collected; the product module never reads the
-- planning tables. Plans approved before this table existed are not in it (their PlanApproved events are gone).
create table product_approved_plan (
    plan_id                bigint primary key,
    plan_version           integer not null,
    clinic_id              bigint not null,
    patient_id             bigint not null,
    product_type           varchar(64) not null,
    sites                  varchar(4000) not null,
    planned_harvest_date   date,
    planned_procedure_date date,
    approved_at            timestamp with time zone not null,
    constraint product_approved_plan_version check (plan_version > 0)
);
create index product_approved_plan_clinic on product_approved_plan (clinic_id, planned_procedure_date);
