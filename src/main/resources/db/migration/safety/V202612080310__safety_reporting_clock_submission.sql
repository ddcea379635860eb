-- When a clinician marks an expedited report submitted, the day the report was sent to FDA (the clinic's date, which
-- may be earlier than the day it is marked) and the reference FDA or the sponsor gave it. Clocks marked submitted
-- before this change keep both empty: the day they were marked is in submitted_at.
alter table safety_reporting_clock add column submitted_on date;
alter table safety_reporting_clock add column submitted_reference varchar(100);
alter table safety_reporting_clock add constraint safety_reporting_clock_submission
    check ((submitted_on is null and submitted_reference is null) or submitted_at is not null);
