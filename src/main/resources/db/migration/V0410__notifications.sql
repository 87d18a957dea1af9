-- What the portal told each person (app.heard.notifications): the list in the portal mirrors the emails, because
-- both come from the one row written here. The text is as rendered then; the child is never named in it.
create table notification (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    case_id     uuid not null references ehc_case (id),
    kind        text not null,
    subject     text not null,
    body        text not null,
    path        text not null,
    created_at  timestamptz not null,
    read_at     timestamptz,
    constraint notification_kind_check
        check (kind in ('DRAFT_PLAN_SERVED', 'COMMENT_ANSWERED', 'VIEWS_DUE_SOON', 'COMMENTS_DUE_SOON', 'REVIEW_MEETING'))
);

create index notification_person_idx on notification (person_id, created_at desc);

-- Each reminder before a deadline goes at most once per person, kind, subject (a review, a plan) and due date,
-- however often the daily job runs.
create table notification_reminder (
    person_id   uuid not null references person (id),
    kind        text not null,
    subject_id  uuid not null,
    due_on      date not null,
    sent_at     timestamptz not null,
    primary key (person_id, kind, subject_id, due_on)
);
