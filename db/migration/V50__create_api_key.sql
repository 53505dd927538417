-- Keys for the content API. Only the SHA-256 of the token is kept; the token itself is shown
-- once, when the key is made. last_used_at is written at most once a minute per key.
create table api_key (
    id             bigserial    primary key,
    name           varchar(100) not null,
    token_hash     char(64)     not null unique,
    token_prefix   varchar(16)  not null,
    rate_limit     int          check (rate_limit is null or rate_limit > 0),
    created_at     timestamptz  not null,
    created_by     bigint       references app_user (id),
    last_used_at   timestamptz,
    revoked_at     timestamptz
);

-- Each key's token bucket, shared by every instance (Bucket4j's PostgreSQL proxy manager).
create table api_rate_limit (
    id         bigint primary key,
    state      bytea,
    expires_at bigint
);

-- The API walks published stories with keyset pagination: newest first by publish time, or in
-- the order they last changed, each with the id as tie-breaker.
create index article_published_keyset_idx on article (published_at desc, id desc) where status = 'PUBLISHED';
create index article_updated_keyset_idx on article (updated_at, id) where status = 'PUBLISHED';
