-- Invitations to a case (app.heard.invitations). The link's token is never stored: only its SHA-256 hash, so
-- a copy of this table opens nothing. Resending replaces the hash (the old link dies). "Expired" is not a
-- status: it is a pending invitation past expires_at.
create table invitation (
    id            uuid primary key,
    case_id       uuid not null references ehc_case (id),
    display_name  text not null,
    email         text not null,
    role          text not null,
    token_hash    text not null unique,
    status        text not null,
    invited_by    uuid not null references person (id),
    sent_at       timestamptz not null,
    expires_at    timestamptz not null,
    accepted_by   uuid references person (id),
    accepted_at   timestamptz,
    withdrawn_at  timestamptz,
    version       bigint not null default 0,
    constraint invitation_role_check check (role in ('PARENT_CARER', 'YOUNG_PERSON', 'ADVOCATE', 'DIAS_WORKER')),
    constraint invitation_status_check check (status in ('PENDING', 'ACCEPTED', 'WITHDRAWN')),
    constraint invitation_accepted_check check ((status = 'ACCEPTED') = (accepted_by is not null))
);

create index invitation_case_idx on invitation (case_id, sent_at desc);
