-- The fingerprinted style sheets of every build that has run on this database (web.EarlierStyleSheets): a story page
-- an earlier build rendered and stored (stored_page) links that build's style sheet by a name carrying its content's
-- hash, which the jar of a later build no longer holds. It is served from here until the page is rendered again. A
-- few tens of kilobytes for each build whose style sheets changed; nothing deletes them.
create table style_sheet (
    -- /css/<name>-<md5 of the content>.css
    path text primary key,
    body bytea not null
);
