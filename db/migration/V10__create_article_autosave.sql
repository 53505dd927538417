-- The latest unsaved text of a story, per writer, written every few seconds while they type.
-- It is not a revision: it is offered back when the writer returns, and removed when they save.
create table article_autosave (
    article_id   bigint       not null references article (id) on delete cascade,
    user_id      bigint       not null references app_user (id) on delete cascade,
    headline     varchar(200),
    dek          varchar(500),
    body         text,
    dateline     varchar(100),
    base_version bigint       not null,
    saved_at     timestamptz  not null,
    primary key (article_id, user_id)
);
