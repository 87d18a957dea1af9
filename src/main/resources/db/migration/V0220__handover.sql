-- The young person's choices, once they decide for their own case (CoP 8.13), about what each parent may do.
-- Rows are only ever added: the newest for a parent counts, and the history says who chose what, and when.
create table parent_access_choice (
    id                    uuid primary key,
    case_id               uuid not null references ehc_case (id),
    parent_involvement_id uuid not null references involvement (id),
    access                text not null,
    chosen_at             timestamptz not null,
    chosen_by             uuid not null references person (id),
    -- Whether the young person chose, or an alternative person for a young person who lacks capacity for it
    chosen_as             text not null,
    constraint parent_access_choice_access_check
        check (access in ('NONE', 'SEE_ONLY', 'SEE_AND_COMMENT', 'ACT_FOR_ME')),
    constraint parent_access_choice_as_check check (chosen_as in ('YOUNG_PERSON', 'ALTERNATIVE_PERSON'))
);

create index parent_access_choice_parent_idx on parent_access_choice (parent_involvement_id, chosen_at desc);

-- A co-ordinator's record that the young person lacks capacity for one decision (CFA 2014 s.80, regs 63-65),
-- and who acts for them in it. The newest record for a decision counts.
create table capacity_decision (
    id                         uuid primary key,
    case_id                    uuid not null references ehc_case (id),
    decision                   text not null,
    alternative_involvement_id uuid not null references involvement (id),
    legal_basis                text not null,
    recorded_at                timestamptz not null,
    recorded_by                uuid not null references person (id),
    constraint capacity_decision_decision_check check (decision in ('WHO_CAN_SEE', 'COMMENT_ON_DRAFT_PLAN')),
    constraint capacity_decision_basis_check check (legal_basis in ('DEPUTY', 'ATTORNEY', 'PARENT'))
);

create index capacity_decision_case_idx on capacity_decision (case_id, decision, recorded_at desc);
