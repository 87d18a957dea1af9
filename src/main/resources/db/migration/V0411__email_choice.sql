-- How often each person wants email from the portal (app.heard.notifications). No row: every time. Their list of
-- notifications in the portal is kept whatever they choose. Kept here rather than on person, so the notifications
-- feature owns its own table.
create table notification_email_choice (
    person_id   uuid primary key references person (id),
    choice      text not null,
    updated_at  timestamptz not null,
    constraint notification_email_choice_check check (choice in ('EACH_TIME', 'REMINDERS_ONLY', 'NONE'))
);
