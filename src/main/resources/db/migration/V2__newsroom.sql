-- The newsroom: editors, login throttling, revisions and the audit log.

create table editor (
    id              bigint generated always as identity primary key,
    username        varchar(60)  not null unique,
    display_name    varchar(120) not null,
    password_hash   varchar(200) not null,
    role            varchar(10)  not null check (role in ('EDITOR', 'ADMIN')),
    enabled         boolean      not null default true,
    created_at      timestamptz  not null default now()
);

-- Failed logins per account ('user:name') and per address ('ip:1.2.3.4').
create table login_throttle (
    key             varchar(200) primary key,
    failures        integer      not null,
    last_failure    timestamptz  not null,
    locked_until    timestamptz
);

-- Every save of a story, kept: list, compare, restore.
create table article_revision (
    id              bigint generated always as identity primary key,
    article_id      bigint       not null references article (id) on delete cascade,
    version         integer      not null,
    slug            varchar(200) not null,
    headline        varchar(300) not null,
    standfirst      text,
    body            text         not null,
    status          varchar(10)  not null,
    published_at    timestamptz,
    tags            text,
    editor          varchar(60),
    saved_at        timestamptz  not null default now()
);
create index article_revision_article_idx on article_revision (article_id, id desc);

create table audit_log (
    id              bigint generated always as identity primary key,
    at              timestamptz  not null default now(),
    actor           varchar(60)  not null,
    action          varchar(20)  not null,
    entity_type     varchar(20)  not null,
    entity_id       bigint,
    summary         text
);
create index audit_log_at_idx on audit_log (at desc, id desc);

-- Who last changed a story, and when it was deleted (its URL then answers 410).
alter table article add column deleted_at timestamptz;
alter table article add column updated_by varchar(60);
