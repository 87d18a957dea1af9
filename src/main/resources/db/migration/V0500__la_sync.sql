-- The LA sync (app.heard.lasync, docs/decisions/0016). What the portal owes the LA's case record, written in the same
-- transaction as the change that causes it, sent in order per case, each with its id as the idempotency key.
create table la_outbox (
    id              uuid primary key,
    case_id         uuid not null references ehc_case (id),
    case_la_id      text not null,
    sequence        bigint not null,
    type            text not null,
    payload         jsonb not null,
    status          text not null,
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    constraint la_outbox_status_check check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint la_outbox_type_check check (type in ('VIEWS_SUBMITTED', 'COMMENTS_SUBMITTED', 'ACCESS_CHANGED')),
    constraint la_outbox_case_sequence unique (case_id, sequence)
);

-- The sender looks for the head of each case's queue that is due
create index la_outbox_due_idx on la_outbox (next_attempt_at) where status = 'PENDING';
create index la_outbox_unsent_idx on la_outbox (case_id, sequence) where status <> 'SENT';

-- The next sequence number of each case's messages; the row lock orders concurrent writers of one case
create table la_outbox_sequence (
    case_id uuid primary key references ehc_case (id),
    last    bigint not null
);

-- One row per direction: where the changes feed was read up to, and when each side last worked
create table la_sync_state (
    name          text primary key,
    position      bigint not null default 0,
    last_try_at   timestamptz,
    last_ok_at    timestamptz,
    last_error    text,
    detail        jsonb
);

insert into la_sync_state (name) values ('pull'), ('push-in'), ('send'), ('reconciliation');
