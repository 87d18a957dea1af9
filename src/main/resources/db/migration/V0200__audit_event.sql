-- The audit trail (issue 5): who read or changed what about a child, in what role, on whose behalf, when (UTC) and
-- from where. Append-only for the application: it connects as a role that owns nothing (README, "Database roles")
-- and may only SELECT and INSERT here. No foreign keys on purpose: an event outlives what it names, and a refused
-- request may name a case that does not exist (a guessed id).

create table audit_event (
    id           bigint generated always as identity primary key,
    at           timestamptz not null default now(),
    -- The signed-in person; null for background work and for someone not signed in
    person_id    uuid,
    -- Their role in the case (a CaseRole name), when they hold one
    role         text,
    -- "family" when an advocate or DiAS worker acts for the family, or a person's id
    on_behalf_of text,
    case_id      uuid,
    action       text not null,
    resource     text not null,
    outcome      text not null,
    -- The request's remote address and user agent, or "job" for background work
    source       text not null,
    constraint audit_event_action_check check (action in ('VIEW', 'LIST', 'DOWNLOAD', 'EDIT', 'SUBMIT', 'COMMENT',
        'INVITE', 'REMOVE', 'RESTRICT', 'EXPORT')),
    constraint audit_event_outcome_check check (outcome in ('ALLOWED', 'DENIED'))
);

-- "Everyone who looked at this child", in order, for a subject access request
create index audit_event_case_idx on audit_event (case_id, at);

-- Default privileges (granted where the database is set up: EmbeddedPostgresConfiguration, docker-compose.yml) gave
-- the application role SELECT, INSERT, UPDATE and DELETE on this table as on every other; take back all but
-- reading and appending from whoever received them, whatever the role is called.
do $$
declare
    grantee_name text;
begin
    for grantee_name in
        select distinct grantee from information_schema.role_table_grants
        where table_schema = current_schema() and table_name = 'audit_event' and grantee <> current_user
    loop
        execute format('revoke update, delete, truncate, references, trigger on audit_event from %I', grantee_name);
        execute format('grant select, insert on audit_event to %I', grantee_name);
    end loop;
end
$$;
