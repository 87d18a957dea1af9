-- Details the LA holds that a court order or a safeguarding concern may keep from a named person.
alter table ehc_case add column child_home_address text;
alter table ehc_case add column family_contact text;

-- A court order or safeguarding concern restricting one person involved in a case: no access at all, or access
-- with named details withheld. Recorded in the portal by the case's co-ordinator (source PORTAL), or sent by the
-- LA's case record (source LA, with the LA's id and version). Any active restriction applies, whichever side
-- recorded it; the portal lifts only its own, so it never silently undoes the LA's.
create table case_restriction (
    id                uuid primary key,
    source            text not null,
    la_id             text unique,
    la_version        bigint,
    case_id           uuid not null references ehc_case (id),
    involvement_id    uuid not null references involvement (id),
    reason            text not null,
    no_access         boolean not null,
    hide_address      boolean not null,
    hide_setting      boolean not null,
    hide_contact      boolean not null,
    recorded_by       uuid references person (id),
    recorded_by_name  text not null,
    recorded_at       timestamptz not null,
    lifted_by         uuid references person (id),
    lifted_by_name    text,
    lifted_at         timestamptz,
    version           bigint not null default 0,
    constraint case_restriction_source_check check (source in ('LA', 'PORTAL')),
    constraint case_restriction_la_check check ((source = 'LA') = (la_id is not null and la_version is not null)),
    constraint case_restriction_reason_check check (reason in ('COURT_ORDER', 'SAFEGUARDING')),
    -- Hiding nothing would be no restriction at all
    constraint case_restriction_scope_check check (no_access or hide_address or hide_setting or hide_contact),
    constraint case_restriction_lifted_check check ((lifted_at is null) = (lifted_by_name is null))
);

create index case_restriction_case_idx on case_restriction (case_id);
create index case_restriction_involvement_idx on case_restriction (involvement_id);
