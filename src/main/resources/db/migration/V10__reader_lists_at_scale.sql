-- Reader lists at archive scale (issue 10). Each link row between a story and a person, country or
-- event carries the story's publication time and status, so that "the latest published stories of X"
-- reads one index in order and stops after the page, instead of joining every story of X to article.
-- The copies are kept by triggers, so every writer (JPA, the newsroom's SQL, imports, bulk loads)
-- keeps them true without knowing about them.

alter table article_person  add column published_at timestamptz, add column status varchar(10);
alter table article_country add column published_at timestamptz, add column status varchar(10);
alter table article_event   add column published_at timestamptz, add column status varchar(10);

update article_person l  set published_at = a.published_at, status = a.status from article a where a.id = l.article_id;
update article_country l set published_at = a.published_at, status = a.status from article a where a.id = l.article_id;
update article_event l   set published_at = a.published_at, status = a.status from article a where a.id = l.article_id;

alter table article_person  alter column published_at set not null, alter column status set not null;
alter table article_country alter column published_at set not null, alter column status set not null;
alter table article_event   alter column published_at set not null, alter column status set not null;

-- A new link row (or one moved to another story) takes its story's time and status.
create function dl_link_takes_story() returns trigger
    language plpgsql
as $$
begin
    select a.published_at, a.status into new.published_at, new.status from article a where a.id = new.article_id;
    return new;
end
$$;

create trigger article_person_story before insert or update of article_id, published_at, status on article_person
    for each row execute function dl_link_takes_story();
create trigger article_country_story before insert or update of article_id, published_at, status on article_country
    for each row execute function dl_link_takes_story();
create trigger article_event_story before insert or update of article_id, published_at, status on article_event
    for each row execute function dl_link_takes_story();

-- A story published, rescheduled, unpublished or deleted moves its link rows along.
create function dl_story_moves_links() returns trigger
    language plpgsql
as $$
begin
    update article_person  set published_at = new.published_at, status = new.status where article_id = new.id;
    update article_country set published_at = new.published_at, status = new.status where article_id = new.id;
    update article_event   set published_at = new.published_at, status = new.status where article_id = new.id;
    return null;
end
$$;

create trigger article_moves_links after update of published_at, status on article
    for each row when (old.published_at is distinct from new.published_at or old.status is distinct from new.status)
    execute function dl_story_moves_links();

-- Even a bulk load that turns ordinary triggers off (session_replication_role = replica, as the archive
-- generator does to skip foreign key checks) keeps the copies true.
alter table article_person  enable always trigger article_person_story;
alter table article_country enable always trigger article_country_story;
alter table article_event   enable always trigger article_event_story;
alter table article         enable always trigger article_moves_links;

-- The latest published stories of a person, a country, an event: newest first, ties by id, as every list orders.
create index article_person_latest_idx on article_person (person_id, published_at desc, article_id desc)
    where status = 'PUBLISHED';
create index article_country_latest_idx on article_country (country_id, published_at desc, article_id desc) include (mentions)
    where status = 'PUBLISHED';
create index article_event_latest_idx on article_event (event_id, published_at desc, article_id desc)
    where status = 'PUBLISHED';
