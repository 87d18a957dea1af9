-- DOMAIN.md "Who may see what": an advocate or DiAS worker acts within the family's permissions, and comments on a
-- draft plan only when the family has asked them to. Rows are only ever added: the newest for a helper counts,
-- and the history says who asked (or stopped asking) and when.
create table helper_comment_request (
    id                    uuid primary key,
    case_id               uuid not null references ehc_case (id),
    helper_involvement_id uuid not null references involvement (id),
    asked                 boolean not null,
    chosen_at             timestamptz not null,
    chosen_by             uuid not null references person (id)
);

create index helper_comment_request_helper_idx on helper_comment_request (helper_involvement_id, chosen_at desc);
