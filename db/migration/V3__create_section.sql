-- The newsroom's sections. Every story belongs to exactly one.
create table section (
    id         bigserial primary key,
    slug       varchar(80)  not null unique,
    name       varchar(100) not null,
    position   int          not null default 0,
    version    bigint       not null default 0
);

-- A newsroom cannot file a story without a section, so a fresh install has one.
insert into section (slug, name, position) values ('news', 'News', 0);
