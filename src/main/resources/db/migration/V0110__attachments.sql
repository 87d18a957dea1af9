-- Photos, videos, voice notes and documents beside an answer (docs/decisions/0009). One row per finished upload,
-- with the same id; the renditions made from it are the only files ever served. The original is deleted once it
-- has been processed.

create table attachment (
    id                uuid primary key,
    case_id           uuid not null references ehc_case (id),
    -- The review in progress when it was added: next year's views start without it
    review_id         uuid references review (id),
    kind              text not null,
    question          text not null,
    added_by          uuid not null references person (id),
    added_as          text not null,
    -- What the person's device called the file: shown back to them, never used to store anything
    display_filename  text,
    caption           text not null default '',
    status            text not null,
    media_kind        text,
    rejection         text,
    -- Words the rejection's message refers to, such as the longest recording allowed in minutes
    rejection_argument text,
    progress_percent  integer not null default 0,
    attempts          integer not null default 0,
    duration_ms       bigint,
    width             integer,
    height            integer,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    removed_at        timestamptz,
    constraint attachment_kind_check check (kind in ('about-me', 'our-views')),
    constraint attachment_status_check check (status in ('WAITING', 'PROCESSING', 'QUARANTINED', 'READY', 'REJECTED', 'FAILED')),
    constraint attachment_caption_check check (char_length(caption) <= 500),
    constraint attachment_progress_check check (progress_percent between 0 and 100)
);

create index attachment_answer_idx on attachment (case_id, kind, question);
-- The sweep that hands waiting files to the job queue after a crash between commit and enqueue, and retries
-- files held because the malware scanner could not give a verdict
create index attachment_waiting_idx on attachment (updated_at) where status in ('WAITING', 'QUARANTINED');

create table attachment_rendition (
    attachment_id  uuid not null references attachment (id) on delete cascade,
    role           text not null,
    -- Where the file is in the rendition store: a random name, never anything the person chose
    storage_key    text not null,
    content_type   text not null,
    bytes          bigint not null,
    primary key (attachment_id, role)
);

-- What each submission carried, as it was when Send was pressed: the file and its caption then. A file in a
-- submission keeps its renditions even if it is later removed from the draft.
create table attachment_in_submission (
    submission_id  uuid not null references view_submission (id),
    attachment_id  uuid not null references attachment (id),
    caption        text not null,
    primary key (submission_id, attachment_id)
);
create index attachment_in_submission_attachment_idx on attachment_in_submission (attachment_id);
