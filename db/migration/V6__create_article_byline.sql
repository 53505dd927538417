-- Ordered bylines. A byline is a desk user (user_id set) or a free-text name such as a wire
-- service; name always holds what readers see.
create table article_byline (
    article_id bigint       not null references article (id) on delete cascade,
    position   int          not null,
    user_id    bigint       references app_user (id),
    name       varchar(100) not null,
    primary key (article_id, position)
);

create index article_byline_user_idx on article_byline (user_id);
