-- The media manifest in views messages to the LA (docs/decisions/0019-media-manifest-for-the-la.md).

-- Each rendition gets an id of its own, for the LA's signed download links: a link names the rendition, never the
-- key it is stored under. Its SHA-256 is taken when the job stores it; for renditions made before this migration it
-- is null until the first time a manifest lists them (the portal reads the file once then).
alter table attachment_rendition add column id uuid;
update attachment_rendition set id = gen_random_uuid();
alter table attachment_rendition alter column id set not null;
create unique index attachment_rendition_id_idx on attachment_rendition (id);
alter table attachment_rendition add column sha256 text;
alter table attachment_rendition add constraint attachment_rendition_sha256_check check (sha256 ~ '^[0-9a-f]{64}$');

-- Who added each file, in a sentence like the answers' ("Added by Sam Okafor (DiAS) on behalf of Ellie"), as it was
-- when the views were sent. Null for submissions sent before this migration.
alter table attachment_in_submission add column attribution text;

-- A file still being prepared when its views were sent goes with them as "preparing"; once it is ready (or cannot
-- be used, or the family removed it first) a VIEWS_MEDIA_UPDATED message follows.
alter table la_outbox drop constraint la_outbox_type_check;
alter table la_outbox add constraint la_outbox_type_check
    check (type in ('VIEWS_SUBMITTED', 'COMMENTS_SUBMITTED', 'ACCESS_CHANGED', 'VIEWS_MEDIA_UPDATED'));

-- Which submissions went to the LA: the follow-up messages and the LA's requests for fresh links look them up
create index la_outbox_views_submission_idx on la_outbox ((payload ->> 'submissionId')) where type = 'VIEWS_SUBMITTED';
