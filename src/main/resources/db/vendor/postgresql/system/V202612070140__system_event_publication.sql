-- Spring Modulith's event publication registry (the outbox of cross-module events), version 2 of its schema as
-- Spring Modulith 2.1 ships it for PostgreSQL (schemas/v2/schema-postgresql.sql in spring-modulith-events-jdbc).
-- On PostgreSQL the schema owner creates it here: the application's role may not create tables (decision 0018),
-- so Modulith's own schema initialisation is off in application-postgres.yml. "if not exists": databases where
-- that initialisation already created the table keep it.
create table if not exists event_publication (
    id                     uuid not null,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
