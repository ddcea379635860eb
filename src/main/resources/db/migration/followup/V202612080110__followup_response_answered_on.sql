-- The day the patient answered (issue #10, item 16; 21 CFR 11.10(e)): answers given on paper or by phone and
-- entered later by staff count on the day the patient answered, not the day they were entered (submitted_at, with
-- submitted_by, stays the entry). The vendor migration that follows fills it for earlier responses (answered the
-- day they were entered, as far as anyone recorded) and makes it required.
alter table followup_response add column answered_on date;
