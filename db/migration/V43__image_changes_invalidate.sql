-- Pictures readers see: a story's lead image (and its per-use caption and alt text), a subject's
-- portrait or logo, and an image's own caption and credit wherever it is used. Each change
-- appends the keys of the pages that show it, as the other reader-visible tables do (V30); a new
-- upload shows nowhere yet, so inserts append nothing.

create function article_lead_image_invalidates() returns trigger language plpgsql as $$
begin
    if new.status = 'PUBLISHED'
       and (old.lead_image_id is distinct from new.lead_image_id
            or old.lead_caption is distinct from new.lead_caption
            or old.lead_alt_text is distinct from new.lead_alt_text
            or old.lead_decorative <> new.lead_decorative) then
        perform cache_invalidate(array['story:' || new.id, 'feed', 'front',
            'section:' || new.section_id || ':stories']);
    end if;
    return null;
end;
$$;

create trigger article_lead_image_invalidates after update on article
    for each row execute function article_lead_image_invalidates();

create function subject_image_invalidates() returns trigger language plpgsql as $$
begin
    if old.image_id is distinct from new.image_id then
        perform cache_invalidate(array['subject:' || new.id]);
    end if;
    return null;
end;
$$;

create trigger subject_image_invalidates after update on subject
    for each row execute function subject_image_invalidates();

create function image_invalidates() returns trigger language plpgsql as $$
declare
    changed bigint := old.id;
begin
    perform cache_invalidate(array(
        select 'story:' || a.id from article a where a.lead_image_id = changed and a.status = 'PUBLISHED'
        union all
        select 'subject:' || s.id from subject s where s.image_id = changed));
    perform cache_invalidate(array['feed', 'front']);
    return null;
end;
$$;

create trigger image_invalidates after update or delete on image
    for each row execute function image_invalidates();
