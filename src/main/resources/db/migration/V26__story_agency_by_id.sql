-- An event's coverage by agency (event.EventQueries: its latest stories, counted by agency) reads the agency of each
-- of up to 1,000 stories: from the story rows that meant a heap page each, at random across the archive (at 1M an
-- event of 650 stories read 2,600 pages, 426-588 of them from outside shared buffers). From this small index, the
-- story's id with its agency, it is an index-only scan whose pages stay in memory (21 read).
create unique index article_id_agency_idx on article (id) include (agency_id);
