-- The directory editor (decision 0053): a platform role above the clinics that verifies and publishes provider
-- listings and never sees patient data. Its accounts belong to the platform's own clinic row, which has no patients.
alter table identity_user drop constraint identity_user_role_check;
alter table identity_user add constraint identity_user_role_check check (role in
    ('CLINIC_ADMIN', 'CLINICIAN', 'COORDINATOR', 'LAB_TECHNICIAN', 'RESEARCHER', 'DIRECTORY_EDITOR'));
