-- Stories. body_html is sanitized before it is stored; body_text is its plain-text copy, used
-- for search and subject suggestions.
create table article (
    id                 bigserial primary key,
    slug               varchar(80)  not null unique,
    headline           varchar(200) not null,
    dek                varchar(500),
    body_html          text         not null default '',
    body_text          text         not null default '',
    section_id         bigint       not null references section (id),
    status             varchar(20)  not null
        check (status in ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED')),
    dateline           varchar(100),
    created_by         bigint       references app_user (id),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    published_at       timestamptz,
    scheduled_at       timestamptz,
    content_updated_at timestamptz,
    version            bigint       not null default 0,
    search_vector      tsvector generated always as (
        setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(dek, '')), 'B') ||
        setweight(to_tsvector('english'::regconfig, coalesce(body_text, '')), 'C')
    ) stored
);

-- The reader side asks for "published, newest first", overall and per section.
create index article_published_idx on article (published_at desc) where status = 'PUBLISHED';
create index article_section_published_idx on article (section_id, published_at desc) where status = 'PUBLISHED';
create index article_status_updated_idx on article (status, updated_at desc);
create index article_search_idx on article using gin (search_vector);
