-- Families' comments on a served draft plan. The portal owns these rows. A draft is private to its author; once
-- sent (submitted_at set) a comment never changes: the trigger refuses any update or delete of a sent row, so
-- not even a bug in the portal can alter what the LA was sent.

create table draft_comment (
    id                uuid primary key,
    case_id           uuid not null references ehc_case (id),
    plan_id           uuid not null references plan (id),
    author_person_id  uuid not null references person (id),
    author_role       text not null,
    target_kind       text not null,
    target_ref        text not null,
    text              text not null,
    updated_at        timestamptz not null,
    version           bigint not null default 0,
    submitted_at      timestamptz,
    attribution       text,
    constraint draft_comment_unique unique (plan_id, author_person_id, target_kind, target_ref),
    constraint draft_comment_kind_check
        check (target_kind in ('SECTION', 'OUTCOME', 'PROVISION', 'NAMED_SETTING', 'MEETING')),
    constraint draft_comment_length_check check (char_length(text) <= 50000),
    constraint draft_comment_sent_check check ((submitted_at is null) = (attribution is null))
);

create index draft_comment_author_idx on draft_comment (plan_id, author_person_id);

create function draft_comment_sent_is_final() returns trigger language plpgsql as $$
begin
    if old.submitted_at is not null then
        raise exception 'draft_comment % has been sent and cannot change', old.id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger draft_comment_sent_is_final before update or delete on draft_comment
    for each row execute function draft_comment_sent_is_final();

-- More time a case co-ordinator gave for comments on one draft (never less than the regulations give).
create table draft_comment_extension (
    plan_id      uuid primary key references plan (id),
    last_day     date not null,
    extended_by  uuid not null references person (id),
    extended_at  timestamptz not null,
    version      bigint not null default 0
);
