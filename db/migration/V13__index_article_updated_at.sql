-- Reader pages are validated against the newest change to any story (max(updated_at)).
create index article_updated_idx on article (updated_at desc);
