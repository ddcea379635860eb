-- Late entries (issue #10, item 16; 21 CFR 11.10(e)): a custody step or bedside check recorded after the fact keeps
-- when it happened and when it was recorded. A custody event's occurred_at has always been when the step happened
-- (the chain's order, time outside the body and expiry are judged on it); recorded_at is when it was recorded. A
-- bedside attempt's attempted_at has always been when it was recorded; happened_at is when the check happened.
-- The vendor migration that follows fills both for earlier rows (recorded as they happened) and makes them
-- required.
alter table product_custody_event add column recorded_at timestamp with time zone;
alter table product_bedside_attempt add column happened_at timestamp with time zone;
