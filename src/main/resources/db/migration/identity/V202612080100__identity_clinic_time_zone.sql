-- Each clinic's own time zone (an IANA id such as America/New_York): the clinic's "day" (procedure day, follow-up
-- windows, reminders, "today") is computed in it and times are shown in it; instants stay stored in UTC.
-- The application checks the id against the JDK's zone database; the column only bounds its length.
-- Existing clinics get America/New_York (the clinics this software serves are in the US); a clinic admin changes
-- it on the clinic settings page. See docs/decisions/0023.
alter table identity_clinic add column time_zone varchar(64) default 'America/New_York' not null;
alter table identity_clinic add constraint identity_clinic_time_zone_check check (length(time_zone) between 1 and 64);
update identity_clinic set time_zone = 'America/Los_Angeles' where name = 'Second Clinic';
