-- Slugs a published story used to have. Each answers with a 301 to the story's current slug.
create table slug_alias (
    slug       varchar(80) primary key,
    article_id bigint      not null references article (id) on delete cascade,
    created_at timestamptz not null
);

create index slug_alias_article_idx on slug_alias (article_id);
