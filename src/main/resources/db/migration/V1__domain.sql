-- Dateline domain: agencies, countries, people, events, articles and the links between them.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is STABLE; indexes and generated columns need an IMMUTABLE wrapper.
create or replace function dl_fold(text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create table agency (
    id          bigint generated always as identity primary key,
    slug        varchar(80)  not null unique,
    name        varchar(200) not null unique,
    full_name   varchar(300),
    website     varchar(300)
);

create table country (
    id          bigint generated always as identity primary key,
    code        varchar(2)   not null unique,
    name        varchar(200) not null,
    slug        varchar(200) not null unique
);

-- Other names and demonyms that count as a mention of the country.
create table country_alias (
    id          bigint generated always as identity primary key,
    country_id  bigint       not null references country (id) on delete cascade,
    alias       varchar(200) not null,
    kind        varchar(20)  not null check (kind in ('NAME', 'DEMONYM')),
    unique (country_id, alias)
);
create index country_alias_fold_idx on country_alias (dl_fold(alias));

create table person (
    id          bigint generated always as identity primary key,
    slug        varchar(200) not null unique,
    name        varchar(200) not null,
    role        varchar(300),
    country_id  bigint references country (id),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 0
);
create index person_country_idx on person (country_id);
create index person_name_trgm_idx on person using gin (dl_fold(name) gin_trgm_ops);

create table person_alias (
    id          bigint generated always as identity primary key,
    person_id   bigint       not null references person (id) on delete cascade,
    alias       varchar(200) not null,
    unique (person_id, alias)
);
create index person_alias_trgm_idx on person_alias using gin (dl_fold(alias) gin_trgm_ops);

-- A merged or renamed person's old slug keeps answering with a 301.
create table person_slug_redirect (
    old_slug    varchar(200) primary key,
    person_id   bigint       not null references person (id) on delete cascade
);

create table event (
    id              bigint generated always as identity primary key,
    slug            varchar(200) not null unique,
    title           varchar(300) not null,
    kind            varchar(40)  not null,
    summary         text,
    start_date      date         not null,
    date_precision  varchar(5)   not null check (date_precision in ('YEAR', 'MONTH', 'DAY')),
    end_date        date,
    place           varchar(200),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    check (end_date is null or end_date >= start_date)
);
create index event_start_idx on event (start_date);
create index event_title_trgm_idx on event using gin (dl_fold(title) gin_trgm_ops);

-- Phrases that name the event: ALIAS alone, CUE only with a matching date in the same sentence.
create table event_phrase (
    id          bigint generated always as identity primary key,
    event_id    bigint       not null references event (id) on delete cascade,
    phrase      varchar(300) not null,
    kind        varchar(10)  not null check (kind in ('ALIAS', 'CUE')),
    unique (event_id, phrase, kind)
);

create table event_country (
    event_id    bigint not null references event (id) on delete cascade,
    country_id  bigint not null references country (id),
    primary key (event_id, country_id)
);
create index event_country_country_idx on event_country (country_id, event_id);

create table event_person (
    event_id    bigint not null references event (id) on delete cascade,
    person_id   bigint not null references person (id) on delete cascade,
    primary key (event_id, person_id)
);
create index event_person_person_idx on event_person (person_id, event_id);

create table article (
    id                  bigint generated always as identity primary key,
    slug                varchar(200) not null unique,
    headline            varchar(300) not null,
    standfirst          text,
    body                text         not null,
    photo_caption       text,
    agency_id           bigint references agency (id),
    dateline            varchar(200),
    language            varchar(8),
    published_at        timestamptz  not null,
    published_precision varchar(6)   not null check (published_precision in ('DAY', 'MINUTE')),
    published_offset    varchar(6),
    updated_at          timestamptz  not null default now(),
    created_at          timestamptz  not null default now(),
    status              varchar(10)  not null check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'DELETED')),
    content_hash        varchar(64)  not null unique,
    source_file         varchar(300),
    version             integer      not null default 0,
    search_vector       tsvector generated always as (
        setweight(to_tsvector('english', dl_fold(headline)), 'A') ||
        setweight(to_tsvector('english', dl_fold(coalesce(standfirst, ''))), 'B') ||
        setweight(to_tsvector('english', dl_fold(body)), 'C')
    ) stored
);
create index article_published_idx on article (status, published_at desc, id desc);
create index article_agency_idx on article (agency_id);
create index article_search_idx on article using gin (search_vector);

create table article_slug_redirect (
    old_slug    varchar(200) primary key,
    article_id  bigint       not null references article (id) on delete cascade
);

create table article_person (
    article_id  bigint  not null references article (id) on delete cascade,
    person_id   bigint  not null references person (id) on delete cascade,
    mentions    integer not null default 1,
    primary key (article_id, person_id)
);
create index article_person_person_idx on article_person (person_id, article_id);

create table article_country (
    article_id  bigint  not null references article (id) on delete cascade,
    country_id  bigint  not null references country (id),
    mentions    integer not null default 1,
    primary key (article_id, country_id)
);
create index article_country_country_idx on article_country (country_id, article_id);

create table article_event (
    article_id  bigint not null references article (id) on delete cascade,
    event_id    bigint not null references event (id) on delete cascade,
    primary key (article_id, event_id)
);
create index article_event_event_idx on article_event (event_id, article_id);

-- The agency's "other news" list under a story: headlines to link a later import to.
create table article_reference (
    id              bigint generated always as identity primary key,
    article_id      bigint       not null references article (id) on delete cascade,
    position        integer      not null,
    headline        varchar(300) not null,
    published_at    timestamptz,
    unique (article_id, position)
);
create index article_reference_headline_idx on article_reference (dl_fold(headline));
