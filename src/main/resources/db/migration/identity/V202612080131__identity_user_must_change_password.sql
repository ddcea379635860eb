-- A password an admin set is known to two people: the user must choose their own at the next sign-in.
alter table identity_user add column must_change_password boolean not null default false;
