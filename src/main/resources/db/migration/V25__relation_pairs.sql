-- The stories about two countries at once, by pair: a relation's page lists the stories that name both of its
-- countries at least three times (country.RelationQueries.ABOUT_BOTH_LATEST). Found before by walking one country's
-- stories newest first and testing each for the other, which read tens of thousands of pages for two large
-- countries seldom named together; with this table it is one range of one index, however large the countries.
--
-- One row per story and pair of its main countries, the lower id first; a copy of the story's time and status, as
-- the link tables keep (V10). Kept by a trigger on article_country: whenever a story's country links change
-- (a save, a merge, a publication moving the links' time and status) its pairs are worked out again.
create table article_pair (
    article_id   bigint                   not null,
    country_a    bigint                   not null,
    country_b    bigint                   not null,
    published_at timestamp with time zone not null,
    status       varchar(10)              not null,
    primary key (article_id, country_a, country_b),
    check (country_a < country_b)
);

create index article_pair_latest_idx on article_pair (country_a, country_b, published_at desc, article_id desc)
    where status = 'PUBLISHED';

create function dl_story_pairs(story bigint) returns void
    language sql
as $$
    delete from article_pair where article_id = story;
    insert into article_pair (article_id, country_a, country_b, published_at, status)
    select x.article_id, x.country_id, y.country_id, x.published_at, x.status
    from article_country x
    join article_country y on y.article_id = x.article_id and y.country_id > x.country_id
    where x.article_id = story and x.mentions >= 3 and y.mentions >= 3;
$$;

create function dl_country_links_move_pairs() returns trigger
    language plpgsql
as $$
begin
    if tg_op <> 'INSERT' then
        perform dl_story_pairs(old.article_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.article_id <> old.article_id) then
        perform dl_story_pairs(new.article_id);
    end if;
    return null;
end
$$;

-- An ordinary trigger: a bulk load that turns triggers off (the archive generator, session_replication_role =
-- replica) fills the table itself in one statement at the end.
create trigger article_country_pairs after insert or update or delete on article_country
    for each row execute function dl_country_links_move_pairs();

insert into article_pair (article_id, country_a, country_b, published_at, status)
select x.article_id, x.country_id, y.country_id, x.published_at, x.status
from article_country x
join article_country y on y.article_id = x.article_id and y.country_id > x.country_id
where x.mentions >= 3 and y.mentions >= 3;

analyze article_pair;
