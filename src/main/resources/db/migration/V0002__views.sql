-- Views the family gives for a review: the child's About Me (one set per child per review, shared by everyone
-- recording with the child) and each parent's or carer's own views (one set per person per review).
-- The portal owns these rows; they are sent to the LA once submitted.

create table view_set (
    id               uuid primary key,
    case_id          uuid not null references ehc_case (id),
    review_id        uuid not null references review (id),
    kind             text not null,
    owner_person_id  uuid references person (id),
    created_at       timestamptz not null,
    version          bigint not null default 0,
    constraint view_set_kind_check check (kind in ('ABOUT_ME', 'PARENT_CARER')),
    constraint view_set_owner_check check ((kind = 'ABOUT_ME') = (owner_person_id is null))
);

create unique index view_set_about_me_unique on view_set (review_id) where kind = 'ABOUT_ME';
create unique index view_set_parent_unique on view_set (review_id, owner_person_id) where kind = 'PARENT_CARER';

-- The draft answer to one question. version guards against two people (or two phones) overwriting each other.
create table view_answer (
    id           uuid primary key,
    set_id       uuid not null references view_set (id) on delete cascade,
    question     text not null,
    answer       text not null,
    recorded_by  uuid not null references person (id),
    recorded_as  text not null,
    gathered     text,
    updated_at   timestamptz not null,
    version      bigint not null default 0,
    constraint view_answer_unique unique (set_id, question),
    constraint view_answer_length_check check (char_length(answer) <= 50000),
    constraint view_answer_gathered_check
        check (gathered is null or gathered in ('OWN_WORDS', 'DICTATED', 'PICTURES_OR_SYMBOLS', 'FROM_BEHAVIOUR'))
);

-- A submission is immutable: its answers are copied, never referenced, so later drafts cannot change it.
create table view_submission (
    id            uuid primary key,
    set_id        uuid not null references view_set (id),
    submitted_at  timestamptz not null,
    submitted_by  uuid not null references person (id),
    attribution   text not null
);

create table view_submission_answer (
    submission_id  uuid not null references view_submission (id),
    question       text not null,
    answer         text not null,
    attribution    text not null,
    primary key (submission_id, question)
);
