-- The page store filler's walk over the published stories (article.StoryPageAddresses), newest id first, 200 at
-- a time: read from this index alone (an index-only scan), never from the stories' rows, whose bodies would pass
-- through PostgreSQL's cache on every walk (about 5 GB at a million stories).
create index article_published_page_idx on article (id) include (slug, published_at) where status = 'PUBLISHED';
