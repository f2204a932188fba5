-- Sign-in throttling per account, kept on the account row so a lock holds across restarts and across several
-- application nodes; and a security version that ends a user's open sessions when an administrator deactivates
-- them, changes their roles or team, or resets their password (each session remembers the version it signed in
-- with and is ended at its next request once the row's version differs).
alter table app_user add column failed_sign_ins integer not null default 0;
alter table app_user add column locked_until timestamp with time zone;
alter table app_user add column security_version bigint not null default 0;
