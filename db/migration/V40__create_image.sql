-- The photo library: one row per uploaded original, whose bytes live in the blob store under
-- original_key. width and height are as shown (EXIF orientation applied). Caption, credit and
-- rights travel with the image; alt text here is only a default, since each use writes its own.
create table image (
    id                bigserial     primary key,
    hash              varchar(32)   not null unique,
    original_key      varchar(200)  not null,
    filename          varchar(255)  not null,
    content_type      varchar(40)   not null,
    byte_size         bigint        not null,
    width             integer       not null check (width > 0),
    height            integer       not null check (height > 0),
    orientation       smallint      not null default 1,
    has_alpha         boolean       not null default false,
    has_location      boolean       not null default false,
    caption           varchar(2000),
    photographer      varchar(200),
    agency            varchar(200),
    copyright         varchar(300),
    source            varchar(200),
    usage_terms       varchar(1000),
    rights_expire_on  date,
    captured_at       timestamp,
    alt_text          varchar(1000),
    focal_x           real          not null default 0.5 check (focal_x between 0 and 1),
    focal_y           real          not null default 0.5 check (focal_y between 0 and 1),
    notes             varchar(500),
    uploaded_by       bigint,
    uploaded_by_name  varchar(200),
    uploaded_at       timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0
);

create index image_uploaded_at_idx on image (uploaded_at desc, id desc);
create index image_rights_expire_on_idx on image (rights_expire_on) where rights_expire_on is not null;

-- The renditions made so far, for the desk (sizes, what exists). Readers are served from the blob
-- store by URL and never touch this table.
create table image_rendition (
    image_id   bigint       not null references image (id) on delete cascade,
    name       varchar(40)  not null,
    width      integer      not null,
    height     integer      not null,
    byte_size  integer      not null,
    created_at timestamptz  not null,
    primary key (image_id, name)
);
