-- How a child's views are being gathered, said once by each person recording with the child and carried into the
-- attribution of every answer they save ("…, as Ellie said it").
create table view_gathering (
    set_id      uuid not null references view_set (id) on delete cascade,
    person_id   uuid not null references person (id),
    gathered    text not null,
    updated_at  timestamptz not null,
    primary key (set_id, person_id),
    constraint view_gathering_gathered_check
        check (gathered in ('OWN_WORDS', 'DICTATED', 'PICTURES_OR_SYMBOLS', 'FROM_BEHAVIOUR'))
);

-- How each outcome in the plan is going (optional): an answer like any other, to the question PROGRESS_OUTCOME,
-- about one outcome. Outcomes are named by the LA's id, which survives a new version of the plan.
alter table view_answer add column outcome_la_id text not null default '';
alter table view_answer drop constraint view_answer_unique;
alter table view_answer add constraint view_answer_unique unique (set_id, question, outcome_la_id);
alter table view_answer add constraint view_answer_outcome_check
    check ((question = 'PROGRESS_OUTCOME') = (outcome_la_id <> ''));

-- A submission keeps the outcome's words as they were, so it reads the same whatever the plan says later.
alter table view_submission_answer add column outcome_la_id text not null default '';
alter table view_submission_answer add column outcome text;
alter table view_submission_answer drop constraint view_submission_answer_pkey;
alter table view_submission_answer add primary key (submission_id, question, outcome_la_id);

-- Whose views a submission is, for the people allowed to read it once sent (separated parents see each other's).
alter table view_submission add column submitted_as text;
update view_submission set submitted_as = 'PARENT_CARER' where submitted_as is null;
alter table view_submission alter column submitted_as set not null;
