-- Corrections and updates appended to a published story and shown to readers.
create table correction (
    id         bigserial primary key,
    article_id bigint        not null references article (id) on delete cascade,
    kind       varchar(20)   not null check (kind in ('CORRECTION', 'UPDATE')),
    text       varchar(2000) not null,
    created_at timestamptz   not null,
    created_by bigint        references app_user (id)
);

create index correction_article_idx on correction (article_id, created_at);
