-- The editor's note when a story is sent back to its writer, shown on the story until it is
-- submitted again.
alter table article add column review_note varchar(1000);
