-- The outcomes registry's own read model (decision 0042): what it needs of other modules' data, copied from their
-- events and Lookups, never read from their tables. Keyed by the source's id, so a redelivered event or a rebuild
-- writes the same row again or nothing. No foreign keys to other modules' tables.

-- One row per recorded procedure, with the product's cell source and type and the condition the plan treats.
create table registry_treatment (
    procedure_id         bigint primary key,
    clinic_id            bigint not null,
    patient_id           bigint not null,
    plan_id              bigint not null,
    product_id           varchar(64) not null,
    performed_at         timestamp with time zone not null,
    cell_source          varchar(40) not null,
    product_type         varchar(40) not null,
    condition_id         varchar(64),
    constraint registry_treatment_cell_source check (cell_source in ('AUTOLOGOUS_BONE_MARROW', 'AUTOLOGOUS_ADIPOSE',
        'ALLOGENEIC_UMBILICAL_CORD', 'ALLOGENEIC_WHARTONS_JELLY', 'ALLOGENEIC_PLACENTAL', 'ALLOGENEIC_AMNIOTIC_FLUID',
        'AUTOLOGOUS_PERIPHERAL_BLOOD', 'OTHER')),
    constraint registry_treatment_product_type check (product_type in ('BONE_MARROW_CONCENTRATE',
        'ADIPOSE_SVF_ENZYMATIC', 'MICROFRAGMENTED_ADIPOSE', 'CULTURE_EXPANDED_MSC', 'UMBILICAL_WHARTONS_JELLY_PRODUCT',
        'AMNIOTIC_MEMBRANE', 'AMNIOTIC_FLUID_CELLULAR', 'AMNIOTIC_FLUID_ACELLULAR', 'PLATELET_RICH_PLASMA',
        'EMBRYONIC_STEM_CELL_DERIVED', 'IPSC_DERIVED'))
);
create index registry_treatment_clinic on registry_treatment (clinic_id, patient_id);

-- One row per scored questionnaire response; its time relative to a procedure is worked out when figures are
-- read (the day answered against the procedure's day), so the order events arrive in cannot change it.
create table registry_response (
    response_id          bigint primary key,
    clinic_id            bigint not null,
    patient_id           bigint not null,
    instrument_id        varchar(32) not null,
    time_point_id        varchar(32) not null,
    answered_on          date not null,
    submitted_at         timestamp with time zone not null,
    late                 boolean not null
);
create index registry_response_clinic on registry_response (clinic_id, patient_id, instrument_id);

-- The scored scales of a response: the value as reported, and the raw sum and item count the exact responder
-- comparison needs (instrument.ExactScore).
create table registry_response_score (
    response_id          bigint not null,
    scale                varchar(32) not null,
    score_value          numeric(12, 3) not null,
    raw_sum              integer,
    item_count           integer not null,
    primary key (response_id, scale),
    constraint registry_response_score_items check (item_count >= 0)
);
