-- Facts in time (issue 11 items 6-7): what each story states at its own date.

-- A role a story gives a person ("Foreign Minister Jeyhun Bayramov"): one per story and person. The story's
-- time and status are copied (as on the link tables, V10), so that a person's roles over time and "the role at
-- a story's date" read one index.
create table person_role (
    article_id   bigint       not null references article (id) on delete cascade,
    person_id    bigint       not null references person (id) on delete cascade,
    role         varchar(300) not null,
    country_id   bigint       references country (id),
    published_at timestamptz  not null,
    status       varchar(10)  not null,
    primary key (article_id, person_id)
);
create index person_role_person_idx on person_role (person_id, published_at desc, article_id desc)
    where status = 'PUBLISHED';

-- What a story says of a known event's day and place: one claim per story and event. Stories may disagree.
create table event_claim (
    event_id       bigint       not null references event (id) on delete cascade,
    article_id     bigint       not null references article (id) on delete cascade,
    claimed_date   date,
    claimed_place  varchar(200),
    recorded_at    timestamptz  not null default now(),
    published_at   timestamptz  not null,
    status         varchar(10)  not null,
    primary key (event_id, article_id),
    check (claimed_date is not null or claimed_place is not null)
);
create index event_claim_article_idx on event_claim (article_id);

-- An editor's settlement of an event's disagreeing claims: what was chosen, and the claims as they stood.
create table event_settlement (
    id            bigint generated always as identity primary key,
    event_id      bigint       not null references event (id) on delete cascade,
    settled_by    varchar(100) not null,
    settled_at    timestamptz  not null default now(),
    chosen_date   date,
    chosen_place  varchar(200),
    claims        text         not null
);
create index event_settlement_event_idx on event_settlement (event_id, settled_at desc);

create trigger person_role_story before insert or update of article_id, published_at, status on person_role
    for each row execute function dl_link_takes_story();
create trigger event_claim_story before insert or update of article_id, published_at, status on event_claim
    for each row execute function dl_link_takes_story();

-- A story published, rescheduled, unpublished or deleted moves its facts along.
create function dl_story_moves_facts() returns trigger
    language plpgsql
as $$
begin
    update person_role set published_at = new.published_at, status = new.status where article_id = new.id;
    update event_claim set published_at = new.published_at, status = new.status where article_id = new.id;
    return null;
end
$$;

create trigger article_moves_facts after update of published_at, status on article
    for each row when (old.published_at is distinct from new.published_at or old.status is distinct from new.status)
    execute function dl_story_moves_facts();

alter table person_role enable always trigger person_role_story;
alter table event_claim enable always trigger event_claim_story;
alter table article     enable always trigger article_moves_facts;
