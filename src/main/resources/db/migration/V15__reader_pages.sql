-- The reader indexes of issue 12, read in order and cut by a key (keyset pagination), never an OFFSET.
-- An agency's page lists its latest published stories, newest first.
create index article_agency_latest_idx on article (agency_id, published_at desc, id desc)
    where status = 'PUBLISHED';
-- /people from A to Z, /events from A to Z and by date, each page starting after the last one shown.
-- A to Z is the order of the folded name (accents and case ignored: "Tô Lâm" before "Trương Tấn Sang"),
-- whatever the database's collation.
create index person_name_idx on person (dl_fold(name), id);
create index event_title_idx on event (dl_fold(title), id);
create index event_date_idx on event (start_date, id);
