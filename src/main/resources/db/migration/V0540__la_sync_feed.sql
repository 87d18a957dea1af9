-- Which numbering of the LA's changes feed the pull position counts in (the page's `feed`, docs/decisions/0016):
-- when the LA sends another, its sequences started again and the portal reads the feed again from the start.
-- Null until the LA sends one; an LA that never renumbers may never send one.
alter table la_sync_state add column feed text;
