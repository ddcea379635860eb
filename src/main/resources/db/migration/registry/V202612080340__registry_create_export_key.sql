-- The research export's per-clinic secret (decision 0050): the key of the HMAC that gives each patient's date
-- shift. Drawn once, on the clinic's first export asking for shifted dates, and never changed (a new secret would
-- move every patient's dates and break the intervals between exports); no page or API shows it. Append-only
-- (db/vendor/*/registry): the application may read and insert it, never change or delete it.
create table registry_export_key (
    clinic_id            bigint primary key,
    secret               varchar(64) not null,
    created_at           timestamp with time zone not null
);
