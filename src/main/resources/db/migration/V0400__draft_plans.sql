-- Draft plans as families read them: each outcome says which need it meets, its steps, and its provision (who
-- provides what, how often, for how long). The LA owns these rows like the rest of the plan; outcome.provision
-- stays for records that send provision as one piece of text.

alter table outcome add column need_section text not null default 'B';
alter table outcome add constraint outcome_need_section_check check (need_section in ('B', 'C', 'D'));

create table outcome_step (
    outcome_id  uuid not null references outcome (id) on delete cascade,
    position    integer not null,
    text        text not null,
    primary key (outcome_id, position)
);

create table outcome_provision (
    outcome_id  uuid not null references outcome (id) on delete cascade,
    position    integer not null,
    la_id       text not null,
    section     text not null,
    what        text not null,
    who         text,
    how_often   text,
    how_long    text,
    primary key (outcome_id, position),
    constraint outcome_provision_section_check check (section in ('F', 'G', 'H1', 'H2'))
);

-- The LA's response to a comment a family sent on a draft ("you said, we did"). Keyed by the portal's id of the
-- comment, which the LA received with it; arrives with the case record, applied by the LA's version.
create table comment_response (
    id          uuid primary key,
    la_id       text not null unique,
    la_version  bigint not null,
    case_id     uuid not null references ehc_case (id),
    comment_id  uuid not null unique,
    kind        text not null,
    detail      text,
    version     bigint not null default 0,
    constraint comment_response_kind_check check (kind in ('ACCEPTED', 'CHANGED', 'NOT_CHANGED')),
    constraint comment_response_detail_check check (kind = 'ACCEPTED' or detail is not null)
);

create index comment_response_case_idx on comment_response (case_id);
