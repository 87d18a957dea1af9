-- Issue 6, decision 0016. The DfE's SEN2 vocabulary for the child, as the LA's case record sends it: the Unique
-- Pupil Number and Unique Learner Number where the LA has them, and the SEN2 type codes of the primary and secondary
-- need. Kept exactly as sent, even when they do not check out (the LA's record is the one to correct):
-- sen2_problems then says what did not, one sentence per line, for the LA sync page; null when all did.
alter table ehc_case
    add column child_upn      text,
    add column child_uln      text,
    add column primary_need   text,
    add column secondary_need text,
    add column sen2_problems  text;

create index ehc_case_sen2_problems_idx on ehc_case (la_id) where sen2_problems is not null;

-- Where the LA's case record says to reach each person involved. The address a person signs in with
-- (person.email, V0250) wins over it; this one is used when a sign-in gave none. Never used to identify anyone.
alter table involvement add column email text;
