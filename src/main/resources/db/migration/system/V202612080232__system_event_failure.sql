-- The last error of each event listener whose delivery failed, for the clinic admin's list of failing deliveries:
-- the registry (event_publication) keeps no error of its own. Keyed by the registry's listener id; an error is shown
-- with every failing delivery of that listener (decision 0033). Only the exception's message, never a stack trace.
create table system_event_failure (
    listener_id varchar(512) primary key,
    error       varchar(1000) not null,
    failed_at   timestamp with time zone not null
);
