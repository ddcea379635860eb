-- Which set of a clinic a condition belongs to now (issue #10, item 17; decision 0025). The set versions are
-- history and append-only, and their condition list is one column, so "one current set per condition" cannot be
-- a constraint on them: this table holds the current claims, one row per clinic and condition, and its primary
-- key decides when two admins claim a condition at the same instant. Saving a version replaces its set's rows;
-- retiring the set deletes them. Not append-only: the history stays in followup_clinic_set_version.
create table followup_clinic_set_claim (
    clinic_id          bigint not null,
    condition_id       varchar(64) not null,
    set_id             bigint not null references followup_clinic_set (id),
    version_id         bigint not null references followup_clinic_set_version (id),
    constraint followup_clinic_set_claim_pk primary key (clinic_id, condition_id)
);
create index followup_clinic_set_claim_set on followup_clinic_set_claim (set_id);
