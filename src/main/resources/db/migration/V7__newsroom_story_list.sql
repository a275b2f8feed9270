-- The newsroom's list of stories: last changed first, found by words of the headline.
create index article_updated_idx on article (updated_at desc, id desc);
create index article_headline_trgm_idx on article using gin (dl_fold(headline) gin_trgm_ops);
