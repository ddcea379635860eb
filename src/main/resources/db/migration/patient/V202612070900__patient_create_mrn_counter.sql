-- The last MRN number generated for each clinic. A registration without an MRN increments its clinic's row in a
-- short transaction of its own, so concurrent registrations never compute the same "next" MRN (counting the
-- clinic's patients and adding one raced: two registrations got the same number and one was refused).
-- The row is created on a clinic's first generated MRN, starting from its number of patients.
create table patient_mrn_counter (
    clinic_id  bigint primary key,
    last_value bigint not null,
    constraint patient_mrn_counter_not_negative check (last_value >= 0)
);
