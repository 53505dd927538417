-- A person's portrait or an organization's logo, by id.
alter table subject add column image_id bigint references image (id);

create index subject_image_idx on subject (image_id) where image_id is not null;
