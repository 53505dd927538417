-- The knowledge graph's subjects: people, organizations and events, in JPA JOINED inheritance.
-- subject holds what every kind shares (name, slug, summary), so one mention table and one
-- gazetteer serve all of them; each kind's own columns live in its table, keyed by the same id.
create table subject (
    id         bigserial     primary key,
    kind       varchar(20)   not null check (kind in ('PERSON', 'ORGANIZATION', 'EVENT')),
    slug       varchar(80)   not null unique,
    name       varchar(200)  not null,
    normalized_name varchar(200) not null,
    summary    varchar(4000),
    created_at timestamptz   not null,
    updated_at timestamptz   not null,
    version    bigint        not null default 0
);

create index subject_kind_name_idx on subject (kind, lower(name));
create index subject_normalized_name_idx on subject (normalized_name);

create table person (
    id          bigint       primary key references subject (id) on delete cascade,
    description varchar(200)
);

create table organization (
    id        bigint       primary key references subject (id) on delete cascade,
    org_kind  varchar(20)  not null
        check (org_kind in ('GOVERNMENT_BODY', 'AGENCY', 'POLITICAL_GROUP', 'ARMED_GROUP', 'COMPANY', 'OTHER')),
    country   varchar(100),
    parent_id bigint       references organization (id) on delete set null check (parent_id <> id)
);

create index organization_parent_idx on organization (parent_id);

-- An event's start and end are dates with an optional time of day (in the newsroom's zone), and
-- a precision that says how much of the date is known: a year, a month, a day or an exact time.
create table event (
    id         bigint       primary key references subject (id) on delete cascade,
    event_kind varchar(20)  not null check (event_kind in ('MEETING', 'NEGOTIATION', 'ATTACK', 'ELECTION', 'OTHER')),
    precision  varchar(10)  not null check (precision in ('YEAR', 'MONTH', 'DAY', 'TIME')),
    start_date date         not null,
    start_time time,
    end_date   date,
    end_time   time,
    place      varchar(200),
    status     varchar(20)  not null
        check (status in ('SCHEDULED', 'UNDER_WAY', 'CONCLUDED', 'COLLAPSED', 'CANCELLED')),
    check (end_date is null or end_date >= start_date)
);

-- Other names and spellings. normalized is the name lower-cased with accents and punctuation
-- folded away ("Al-Thani" and "al Thani" both become "al thani"); the gazetteer matches on it.
create table subject_alias (
    id         bigserial    primary key,
    subject_id bigint       not null references subject (id) on delete cascade,
    name       varchar(200) not null,
    normalized varchar(200) not null,
    unique (subject_id, normalized)
);

create index subject_alias_normalized_idx on subject_alias (normalized);

-- Slugs a subject used to have (renamed or merged away), each answered with a 301.
create table subject_slug_alias (
    slug       varchar(80)  primary key,
    subject_id bigint       not null references subject (id) on delete cascade,
    created_at timestamptz  not null
);

create index subject_slug_alias_subject_idx on subject_slug_alias (subject_id);
