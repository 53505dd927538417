-- A person's roles in organizations over time. The Person aggregate keeps at most one current.
create table affiliation (
    id              bigserial    primary key,
    person_id       bigint       not null references person (id) on delete cascade,
    organization_id bigint       not null references organization (id) on delete cascade,
    role            varchar(200),
    since           date,
    until           date,
    current         boolean      not null default false,
    check (until is null or since is null or until >= since)
);

create index affiliation_person_idx on affiliation (person_id);
create index affiliation_organization_idx on affiliation (organization_id);

-- Who took part in an event (a person or an organization), and as what.
create table event_participant (
    id         bigserial    primary key,
    event_id   bigint       not null references event (id) on delete cascade,
    subject_id bigint       not null references subject (id) on delete cascade,
    role       varchar(200),
    unique (event_id, subject_id)
);

create index event_participant_subject_idx on event_participant (subject_id);

-- "This round of talks follows up on that one."
create table event_follow_up (
    event_id          bigint not null references event (id) on delete cascade,
    previous_event_id bigint not null references event (id) on delete cascade,
    primary key (event_id, previous_event_id),
    check (event_id <> previous_event_id)
);

create index event_follow_up_previous_idx on event_follow_up (previous_event_id);
