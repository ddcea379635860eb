-- Messages now go out through an event handled after commit and retried (decision 0033). A message that carries no
-- one-time link keeps its body so that a retry after a restart can send it; one with such a link never does (null
-- here): its body lives only in memory. SENDING: claimed by one delivery, so a redelivery never sends it twice.
alter table notification_message add column body_text varchar(16000);
alter table notification_message add column body_html varchar(16000);
alter table notification_message drop constraint notification_message_status_check;
alter table notification_message add constraint notification_message_status_check
    check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'NOT_CONFIGURED'));
