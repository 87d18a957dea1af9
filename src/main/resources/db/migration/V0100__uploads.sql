-- Resumable uploads (tus, docs/decisions/0008): one row per file a person is sending, from creation until the
-- media pipeline discards it or, unfinished, it expires. The bytes are in heard.upload.directory, named by id.

create table upload (
    id                uuid primary key,
    person_id         uuid not null references person (id),
    case_id           uuid not null references ehc_case (id),
    kind              text not null,
    question          text not null,
    -- What the person's device called the file: shown back to them, never used to store anything
    display_filename  text,
    length            bigint not null,
    upload_offset     bigint not null default 0,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    expires_at        timestamptz not null,
    completed_at      timestamptz,
    version           bigint not null default 0,
    constraint upload_kind_check check (kind in ('about-me', 'our-views')),
    constraint upload_length_check check (length > 0),
    constraint upload_offset_check check (upload_offset between 0 and length),
    constraint upload_completed_check check ((completed_at is not null) = (upload_offset = length)),
    constraint upload_display_filename_check check (char_length(display_filename) <= 255)
);

-- The per-case quota sums a case's uploads; the clean-up looks for unfinished ones past their expiry
create index upload_case_idx on upload (case_id);
create index upload_unfinished_expiry_idx on upload (expires_at) where completed_at is null;
