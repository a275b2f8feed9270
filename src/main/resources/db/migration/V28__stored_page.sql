-- Rendered reader pages kept in the database (web.PageStore), beneath the page cache in memory: a page rendered
-- once, by a reader, a crawler or a node that has since restarted, is answered again from one indexed read instead
-- of being rendered. Shared by every node; only pages of the build that rendered them are served.
create table stored_page (
    path text primary key,
    build text not null,
    -- the database's time when the render began: a change committed after it makes the page stale
    stored_at timestamptz not null,
    content_type text not null,
    -- the headers sent again with the page, as name, value, name, value...
    headers text[] not null,
    etag text not null,
    -- milliseconds since 1970, or -1
    last_modified bigint not null,
    -- what the page shows (shared.CacheTags), and '*'
    tags text[] not null,
    gzipped boolean not null,
    body bytea not null
);
-- the bytes are gzipped already: no second compression, and kept out of line
alter table stored_page alter column body set storage external;
create index stored_page_stored_at on stored_page (stored_at);

-- When something stored pages show last changed (a story, a person's roles, an event's claims; '*' for everything):
-- a stored page older than a change to one of its tags is not served.
create table stored_page_change (
    tag text primary key,
    changed_at timestamptz not null
);
create index stored_page_change_changed_at on stored_page_change (changed_at);
