-- Where to tell a person something is waiting (issue 7): the email address their identity provider gave at their
-- last sign-in. Never used to identify them (that stays (issuer, subject)); null until they sign in with one.
alter table person add column email text;
