-- A story's lead image, by id: per use, a caption that overrides the image's own, and alt text
-- (or the mark that the picture is decorative). The foreign key keeps an image in use from being
-- deleted.
alter table article
    add column lead_image_id   bigint references image (id),
    add column lead_caption    varchar(2000),
    add column lead_alt_text   varchar(1000),
    add column lead_decorative boolean not null default false;

create index article_lead_image_idx on article (lead_image_id) where lead_image_id is not null;
