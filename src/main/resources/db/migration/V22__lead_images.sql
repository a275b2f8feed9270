-- Lead images (issue 12): each uploaded image once, under the SHA-256 of its bytes, with its resized variants made
-- once at upload; the generated share cards of stories without an image, under the hash of what they show.
create table image (
    sha256          text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    media_type      text not null check (media_type in ('image/jpeg', 'image/png', 'image/webp')),
    width           integer not null check (width > 0),
    height          integer not null check (height > 0),
    -- the format of the variants: jpg, or png for an image with transparency
    variant_format  text not null check (variant_format in ('jpg', 'png')),
    byte_size       integer not null,
    original        bytea not null,
    created_at      timestamptz not null default now()
);

create table image_variant (
    image_sha256    text not null references image (sha256) on delete cascade,
    width           integer not null check (width > 0),
    height          integer not null check (height > 0),
    bytes           bytea not null,
    primary key (image_sha256, width)
);

create table share_card (
    fingerprint     text primary key,
    png             bytea not null,
    created_at      timestamptz not null default now()
);

-- The story's lead image: the image's size and variant format are copied (an image never changes under its hash),
-- so that every list reads its thumbnails from the article row it already reads. The caption is photo_caption.
alter table article
    add column lead_image text references image (sha256),
    add column lead_image_width integer,
    add column lead_image_height integer,
    add column lead_image_format text,
    add column lead_image_alt text,
    add column lead_image_credit text,
    add constraint article_lead_image_complete check (lead_image is null
        or (lead_image_width is not null and lead_image_height is not null and lead_image_format is not null
            and lead_image_alt is not null));

create index article_lead_image_idx on article (lead_image) where lead_image is not null;
