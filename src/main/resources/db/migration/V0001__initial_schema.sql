-- The case record is a mirror of the local authority's (LA's) case record: every row the LA owns keeps the
-- LA's identifier (la_id) and the LA's version of it (la_version), so sync can apply changes by version.
-- Rows the portal owns (people who signed in) carry only a local optimistic-lock version.

create table person (
    id            uuid primary key,
    issuer        text not null,
    subject       text not null,
    display_name  text not null,
    created_at    timestamptz not null,
    version       bigint not null default 0,
    -- Identities are keyed by (issuer, subject), never by email
    constraint person_identity_unique unique (issuer, subject)
);

create table la_team (
    id          uuid primary key,
    la_id       text not null unique,
    la_version  bigint not null,
    name        text not null,
    version     bigint not null default 0
);

create table team_membership (
    id          uuid primary key,
    team_id     uuid not null references la_team (id),
    person_id   uuid not null references person (id),
    version     bigint not null default 0,
    constraint team_membership_unique unique (team_id, person_id)
);

create table ehc_case (
    id                   uuid primary key,
    la_id                text not null unique,
    la_version           bigint not null,
    la_reference         text not null,
    team_id              uuid not null references la_team (id),
    coordinator_name     text,
    child_la_id          text not null,
    child_given_name     text not null,
    child_family_name    text not null,
    child_preferred_name text,
    child_date_of_birth  date not null,
    child_year_group     text,
    setting_name         text,
    setting_urn          text,
    version              bigint not null default 0
);

create table plan (
    id            uuid primary key,
    la_id         text not null unique,
    la_version    bigint not null,
    case_id       uuid not null references ehc_case (id),
    kind          text not null,
    draft_number  integer,
    issued_on     date,
    served_on     date,
    version       bigint not null default 0,
    constraint plan_kind_check check (kind in ('FINAL', 'DRAFT')),
    constraint plan_draft_number_check check ((kind = 'DRAFT') = (draft_number is not null)),
    constraint plan_served_check check (kind = 'FINAL' or served_on is not null)
);

create table plan_section (
    id        uuid primary key,
    plan_id   uuid not null references plan (id) on delete cascade,
    code      text not null,
    content   text not null,
    constraint plan_section_code_check
        check (code in ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K')),
    constraint plan_section_unique unique (plan_id, code)
);

create table outcome (
    id          uuid primary key,
    la_id       text not null unique,
    la_version  bigint not null,
    plan_id     uuid not null references plan (id) on delete cascade,
    position    integer not null,
    area        text not null,
    description text not null,
    provision   text
);

create table review (
    id                uuid primary key,
    la_id             text not null unique,
    la_version        bigint not null,
    case_id           uuid not null references ehc_case (id),
    stage             text not null,
    meeting_at        timestamp,
    meeting_place     text,
    views_due_on      date,
    report_sent_on    date,
    decision          text,
    decided_on        date,
    version           bigint not null default 0,
    constraint review_stage_check
        check (stage in ('ARRANGE', 'VIEWS', 'MEETING', 'REPORT', 'DECISION', 'PLAN', 'COMPLETE')),
    constraint review_decision_check check (decision is null or decision in ('KEEP', 'AMEND', 'CEASE')),
    constraint review_decision_date_check check ((decision is null) = (decided_on is null))
);

create index review_case_idx on review (case_id);

-- Who is involved in a case, in which role. person_id is filled once the person has signed in and been
-- linked (by the LA, by an invitation, or by the demo profile) — never by matching an email address.
create table involvement (
    id            uuid primary key,
    la_id         text not null unique,
    la_version    bigint not null,
    case_id       uuid not null references ehc_case (id),
    person_id     uuid references person (id),
    display_name  text not null,
    role          text not null,
    since         date not null,
    ended_on      date,
    version       bigint not null default 0,
    constraint involvement_role_check
        check (role in ('PARENT_CARER', 'YOUNG_PERSON', 'ADVOCATE', 'DIAS_WORKER', 'CASE_COORDINATOR'))
);

create index involvement_case_idx on involvement (case_id);
create index involvement_person_idx on involvement (person_id);
-- Within one case a person holds one role at a time
create unique index involvement_one_active_role on involvement (case_id, person_id)
    where person_id is not null and ended_on is null;
