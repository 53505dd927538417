-- One row that changes whenever anything readers can see changes: a story, its bylines or
-- corrections, a slug alias, a section or the front page's top stories. Reader pages use it as
-- their ETag and Last-Modified, so validating a cached page costs one primary-key read, and no
-- change (even one stamped by an instance whose clock runs ahead) can leave a stale page valid.
create table site_version (
    id         int         primary key check (id = 1),
    version    bigint      not null,
    changed_at timestamptz not null
);

insert into site_version (id, version, changed_at) values (1, 1, now());

create function bump_site_version() returns trigger language plpgsql as $$
begin
    update site_version set version = version + 1, changed_at = clock_timestamp() where id = 1;
    return null;
end;
$$;

create trigger article_changes_site after insert or update or delete on article
    for each statement execute function bump_site_version();
create trigger article_byline_changes_site after insert or update or delete on article_byline
    for each statement execute function bump_site_version();
create trigger correction_changes_site after insert or update or delete on correction
    for each statement execute function bump_site_version();
create trigger slug_alias_changes_site after insert or update or delete on slug_alias
    for each statement execute function bump_site_version();
create trigger section_changes_site after insert or update or delete on section
    for each statement execute function bump_site_version();
create trigger front_page_slot_changes_site after insert or update or delete on front_page_slot
    for each statement execute function bump_site_version();
