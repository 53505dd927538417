-- Append-only snapshots of a story, one per save (and per restore). Never updated or deleted.
create table article_revision (
    id              bigserial primary key,
    article_id      bigint       not null references article (id) on delete cascade,
    article_version bigint       not null,
    headline        varchar(200) not null,
    dek             varchar(500),
    body_html       text         not null,
    body_text       text         not null,
    dateline        varchar(100),
    section_id      bigint       not null references section (id),
    slug            varchar(80)  not null,
    bylines         varchar(2000) not null default '',
    author_id       bigint       references app_user (id),
    created_at      timestamptz  not null,
    note            varchar(200)
);

create index article_revision_article_idx on article_revision (article_id, id desc);
