-- What webhooks last reported of each subject, in the content API's field names, so that a
-- subject.updated delivery can carry each changed field's previous and current value. Written in
-- the same transaction as the change it compares against; filled for older subjects at start.
create table webhook_subject_state (
    subject_id  bigint       primary key references subject (id) on delete cascade,
    state       jsonb        not null,
    captured_at timestamptz  not null
);
