-- Work in progress on the story form, saved while the editor types (issue 13): not a revision,
-- never in the audit log. One row per story being edited ('article:<id>') or per new story not
-- saved yet ('new:<uuid>', its editor's); a save of the story deletes it.
create table story_autosave (
    draft_key       varchar(60)  primary key,
    article_id      bigint       references article (id) on delete cascade,
    editor          varchar(60)  not null,
    headline        varchar(300) not null,
    base_version    integer,
    fields          text         not null,
    saved_at        timestamptz  not null
);
-- An editor's new stories not saved yet, newest first (the story list shows them).
create index story_autosave_editor_idx on story_autosave (editor, saved_at desc) where article_id is null;
create index story_autosave_article_idx on story_autosave (article_id) where article_id is not null;

-- An account whose password someone else knows (the first admin's printed one-time password) must
-- choose its own at its next login before anything else.
alter table editor add column must_change_password boolean not null default false;

-- The newsroom's story list (issue 13), keyset-paginated in every order it offers, at a million
-- stories: by status then last change (a status's tab), by publication time and by headline.
-- Last change alone uses article_updated_idx (V7), counts per status the first index.
create index article_status_updated_idx on article (status, updated_at desc, id desc);
create index article_newsroom_published_idx on article (published_at desc, id desc) where status <> 'DELETED';
create index article_newsroom_headline_idx on article (headline, id) where status <> 'DELETED';
