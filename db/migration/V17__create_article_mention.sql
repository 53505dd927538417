-- Links from a story to the subjects it is about (PRIMARY) or mentions (MENTIONED), added by hand
-- (MANUAL) or from an accepted suggestion (SUGGESTED). A subject that stories mention cannot be
-- deleted (restrict); merging moves the links instead.
--
-- published_at copies the story's publish time while it is published and is null otherwise, kept
-- by the triggers below. It lets the coverage timeline and expanded coverage walk one index per
-- subject, newest first, without visiting the article table for stories readers cannot see.
create table article_mention (
    article_id   bigint      not null references article (id) on delete cascade,
    subject_id   bigint      not null references subject (id) on delete restrict,
    prominence   varchar(10) not null check (prominence in ('PRIMARY', 'MENTIONED')),
    source       varchar(10) not null default 'MANUAL' check (source in ('MANUAL', 'SUGGESTED')),
    published_at timestamptz,
    primary key (article_id, subject_id)
);

create index article_mention_subject_published_idx on article_mention (subject_id, published_at desc)
    where published_at is not null;

create function article_mention_copy_published() returns trigger language plpgsql as $$
begin
    select case when a.status = 'PUBLISHED' then a.published_at end into new.published_at
    from article a where a.id = new.article_id;
    return new;
end;
$$;

create trigger article_mention_published before insert or update of article_id on article_mention
    for each row execute function article_mention_copy_published();

create function article_publication_to_mentions() returns trigger language plpgsql as $$
begin
    update article_mention
    set published_at = case when new.status = 'PUBLISHED' then new.published_at end
    where article_id = new.id
      and published_at is distinct from (case when new.status = 'PUBLISHED' then new.published_at end);
    return null;
end;
$$;

create trigger article_publication_mentions after update of status, published_at on article
    for each row execute function article_publication_to_mentions();

-- Each revision records the subject links saved with it, one "PROMINENCE subject_id" per line.
alter table article_revision add column mentions varchar(4000) not null default '';
