-- What became of each email the portal sent (app.heard.mail): recipient, subject, tries, last error.
-- Never the body: an invitation's body holds a secret link, which the portal keeps only as a hash.
create table mail_delivery (
    id          uuid primary key,
    recipient   text not null,
    subject     text not null,
    status      text not null,
    attempts    integer not null,
    last_error  text,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint mail_delivery_status_check
        check (status in ('QUEUED', 'RETRYING', 'SENT', 'FAILED', 'NOT_CONFIGURED'))
);

create index mail_delivery_recipient_idx on mail_delivery (recipient, created_at);
