-- A story's slug is its address for readers, so it must be unique among the stories readers can
-- reach or will at a set time (scheduled and published ones); drafts and stories in review only
-- wish for one. A reporter who asks for the slug of a colleague's draft or embargoed story gets it
-- as if it were free, and so learns nothing about that story; whoever publishes or schedules the
-- second one (an editor, who sees every story) is told to change it then (see docs/security.md).
alter table article drop constraint article_slug_key;
create unique index article_live_slug_key on article (slug) where status in ('SCHEDULED', 'PUBLISHED');
create index article_slug_idx on article (slug);
