-- Spring Modulith's event publication registry (the outbox of cross-module events), version 2 of its schema exactly
-- as Spring Modulith 2.1.1 ships it for H2 (org/springframework/modulith/events/jdbc/schemas/v2/schema-h2.sql in
-- spring-modulith-events-jdbc-2.1.1.jar). Flyway owns it on both databases (decision 0033); Modulith's own schema
-- initialisation is off. "if not exists": embedded databases created before this migration, where that
-- initialisation already made the same table, keep it and its rows.
create table if not exists event_publication
(
    id                     uuid not null,
    completion_date        timestamp(9) with time zone,
    event_type             varchar(512) not null,
    listener_id            varchar(512) not null,
    publication_date       timestamp(9) with time zone not null,
    serialized_event       varchar(4000) not null,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp(9) with time zone,
    primary key (id)
);
create index if not exists event_publication_by_listener_id_and_serialized_event_idx
    on event_publication (listener_id, serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
