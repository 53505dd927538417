-- Precise invalidation of reader pages, replacing the one-row site_version that every write moved.
--
-- A reader page is tagged with the keys of what it shows (story:42, subject:7, section:3,
-- section:3:stories, front, feed, sitemap, search, sections; see docs/caching.md). Triggers on the
-- tables readers see append the keys a change touches to cache_invalidation, in the writer's own
-- transaction, and only when readers could see the change: a draft save, an autosave, a revision
-- or a review note appends nothing. Writers append rows, so no two of them wait on one row.
--
-- Each instance reads the new rows (woken by NOTIFY, with polling as a fallback) and evicts the
-- pages tagged with those keys; one instance at a time sends them to the caching proxy as purges
-- and marks them purged (the outbox). txid lets readers find rows of transactions that commit
-- late: every transaction older than a snapshot's xmin has finished.
create table cache_invalidation (
    id              bigserial   primary key,
    key             varchar(200) not null,
    txid            xid8        not null default pg_current_xact_id(),
    created_at      timestamptz not null default clock_timestamp(),
    first_purged_at timestamptz,
    purged_at       timestamptz,
    purge_attempts  int         not null default 0,
    next_purge_at   timestamptz
);

-- One row per key and transaction, and the index the instances poll with.
create unique index cache_invalidation_txid_key_idx on cache_invalidation (txid, key);
-- What the purge worker has still to send.
create index cache_invalidation_unpurged_idx on cache_invalidation (id) where purged_at is null;

create function cache_invalidate(keys text[]) returns void language plpgsql as $$
begin
    insert into cache_invalidation (key)
    select distinct k from unnest(keys) k where k is not null
    on conflict (txid, key) do nothing;
    perform pg_notify('dateline_cache', '');
end;
$$;

-- Stories. Readers see a story only while it is PUBLISHED. An edit of a live story touches the
-- story and what lists its dates (sitemaps, search); going live or leaving, or moving section,
-- also changes which stories the lists hold. Anything else (drafts, review, scheduling, the
-- version column) touches nothing.
create function article_invalidates() returns trigger language plpgsql as $$
declare
    was_live boolean := tg_op <> 'INSERT' and old.status = 'PUBLISHED';
    is_live  boolean := tg_op <> 'DELETE' and new.status = 'PUBLISHED';
    story    bigint  := case when tg_op = 'DELETE' then old.id else new.id end;
begin
    if not (was_live or is_live) then
        return null;
    end if;
    if was_live and is_live
       and old.slug = new.slug and old.headline = new.headline and old.dek is not distinct from new.dek
       and old.body_html = new.body_html and old.section_id = new.section_id
       and old.dateline is not distinct from new.dateline
       and old.published_at is not distinct from new.published_at
       and old.content_updated_at is not distinct from new.content_updated_at
       and old.updated_at = new.updated_at then
        return null;
    end if;
    perform cache_invalidate(array['story:' || story, 'sitemap', 'search']);
    if was_live is distinct from is_live or old.section_id <> new.section_id
       or old.published_at is distinct from new.published_at then
        perform cache_invalidate(array['front', 'feed',
            case when was_live then 'section:' || old.section_id || ':stories' end,
            case when is_live then 'section:' || new.section_id || ':stories' end]);
    end if;
    return null;
end;
$$;

create trigger article_invalidates after insert or update or delete on article
    for each row execute function article_invalidates();

-- Bylines and corrections show on the story (and its feed entries) while it is live.
create function article_part_invalidates() returns trigger language plpgsql as $$
declare
    story bigint := case when tg_op = 'DELETE' then old.article_id else new.article_id end;
begin
    if exists (select 1 from article where id = story and status = 'PUBLISHED') then
        perform cache_invalidate(array['story:' || story]);
    end if;
    return null;
end;
$$;

create trigger article_byline_invalidates after insert or update or delete on article_byline
    for each row execute function article_part_invalidates();
create trigger correction_invalidates after insert or update or delete on correction
    for each row execute function article_part_invalidates();

-- A link between a live story and a subject: the story shows the subject, the subject's page and
-- feed list the story, and the story pages sharing the subject may rank it in expanded coverage.
-- published_at is the story's while it is live (kept by the triggers of V17).
create function article_mention_invalidates() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.published_at is not null then
        perform cache_invalidate(array['story:' || old.article_id, 'subject:' || old.subject_id, 'sitemap']);
    end if;
    if tg_op <> 'DELETE' and new.published_at is not null then
        perform cache_invalidate(array['story:' || new.article_id, 'subject:' || new.subject_id, 'sitemap']);
    end if;
    return null;
end;
$$;

create trigger article_mention_invalidates after insert or update or delete on article_mention
    for each row execute function article_mention_invalidates();

-- Sections: every page's navigation names them, and the story and section pages show one.
create function section_invalidates() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.slug = new.slug and old.name = new.name and old.position = new.position then
        return null;
    end if;
    perform cache_invalidate(array['sections', 'front',
        'section:' || case when tg_op = 'DELETE' then old.id else new.id end]);
    return null;
end;
$$;

create trigger section_invalidates after insert or update or delete on section
    for each row execute function section_invalidates();

create function front_page_invalidates() returns trigger language plpgsql as $$
begin
    perform cache_invalidate(array['front']);
    return null;
end;
$$;

create trigger front_page_slot_invalidates after insert or update or delete on front_page_slot
    for each statement execute function front_page_invalidates();

-- The knowledge graph: a subject's own record, and the rows that show on its page and on the
-- pages of the subjects they join (an affiliation shows on the person's and the organization's).
-- A renamed subject is also named on the pages of the subjects related to it and of those it
-- shares stories with, so their keys go too.
create function subject_invalidates() returns trigger language plpgsql as $$
declare
    subject bigint := case when tg_op = 'DELETE' then old.id else new.id end;
begin
    if tg_op = 'UPDATE' and old.slug = new.slug and old.name = new.name
       and old.summary is not distinct from new.summary and old.kind = new.kind then
        return null;
    end if;
    perform cache_invalidate(array['subject:' || subject,
        case when tg_op <> 'UPDATE' or old.slug <> new.slug then 'sitemap' end]);
    if tg_op = 'UPDATE' and (old.slug <> new.slug or old.name <> new.name) then
        perform cache_invalidate(array(
            select 'subject:' || other from (
                select organization_id as other from affiliation where person_id = subject
                union select person_id from affiliation where organization_id = subject
                union select subject_id from event_participant where event_id = subject
                union select event_id from event_participant where subject_id = subject
                union select event_id from event_follow_up where previous_event_id = subject
                union select previous_event_id from event_follow_up where event_id = subject
                union select id from organization where parent_id = subject
                union select parent_id from organization where id = subject and parent_id is not null
                union select m2.subject_id from article_mention m1
                      join article_mention m2 on m2.article_id = m1.article_id and m2.subject_id <> subject
                      where m1.subject_id = subject and m1.published_at is not null) related));
    end if;
    return null;
end;
$$;

create trigger subject_invalidates after insert or update or delete on subject
    for each row execute function subject_invalidates();

-- Tables whose rows belong to one or two subjects: the column names differ, so the trigger is
-- given them as arguments.
create function subject_part_invalidates() returns trigger language plpgsql as $$
declare
    row_json jsonb;
    keys     text[] := '{}';
    col      text;
begin
    foreach col in array tg_argv loop
        if tg_op <> 'INSERT' then
            row_json := to_jsonb(old);
            keys := keys || ('subject:' || (row_json ->> col));
        end if;
        if tg_op <> 'DELETE' then
            row_json := to_jsonb(new);
            keys := keys || ('subject:' || (row_json ->> col));
        end if;
    end loop;
    perform cache_invalidate(keys);
    return null;
end;
$$;

create trigger person_invalidates after insert or update or delete on person
    for each row execute function subject_part_invalidates('id');
create trigger organization_invalidates after insert or update or delete on organization
    for each row execute function subject_part_invalidates('id', 'parent_id');
create trigger event_invalidates after insert or update or delete on event
    for each row execute function subject_part_invalidates('id');
create trigger subject_alias_invalidates after insert or update or delete on subject_alias
    for each row execute function subject_part_invalidates('subject_id');
create trigger affiliation_invalidates after insert or update or delete on affiliation
    for each row execute function subject_part_invalidates('person_id', 'organization_id');
create trigger event_participant_invalidates after insert or update or delete on event_participant
    for each row execute function subject_part_invalidates('event_id', 'subject_id');
create trigger event_follow_up_invalidates after insert or update or delete on event_follow_up
    for each row execute function subject_part_invalidates('event_id', 'previous_event_id');

-- The single version row is gone: every write used to queue on it, and any change emptied every
-- cache.
drop trigger article_changes_site on article;
drop trigger article_byline_changes_site on article_byline;
drop trigger correction_changes_site on correction;
drop trigger slug_alias_changes_site on slug_alias;
drop trigger section_changes_site on section;
drop trigger front_page_slot_changes_site on front_page_slot;
drop trigger subject_changes_site on subject;
drop trigger person_changes_site on person;
drop trigger organization_changes_site on organization;
drop trigger event_changes_site on event;
drop trigger subject_alias_changes_site on subject_alias;
drop trigger subject_slug_alias_changes_site on subject_slug_alias;
drop trigger affiliation_changes_site on affiliation;
drop trigger event_participant_changes_site on event_participant;
drop trigger event_follow_up_changes_site on event_follow_up;
drop trigger article_mention_changes_site on article_mention;
drop function bump_site_version();
drop table site_version;
