-- Suggestions an editor rejected for a story, so they are not offered again for it. The key is
-- "subject:<id>" for a known subject, "new:<kind>:<normalized name>" for a new candidate, or
-- "ambiguous:<normalized name>".
create table suggestion_rejection (
    article_id     bigint       not null references article (id) on delete cascade,
    suggestion_key varchar(300) not null,
    rejected_by    bigint       references app_user (id),
    rejected_at    timestamptz  not null,
    primary key (article_id, suggestion_key)
);
