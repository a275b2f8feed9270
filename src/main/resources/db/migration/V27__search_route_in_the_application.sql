-- Search (issue 10): how a search finds its latest matches is chosen in the application
-- now, from the same statistics read every few minutes (news.dateline.search.SearchStatistics),
-- no longer by this function on every search (4 ms of each search at a million stories).
drop function dl_search_walks(text, integer);
