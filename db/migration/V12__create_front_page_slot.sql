-- The top stories an editor has chosen for the front page, in order.
create table front_page_slot (
    article_id bigint primary key references article (id) on delete cascade,
    position   int    not null
);

create index front_page_slot_position_idx on front_page_slot (position);
