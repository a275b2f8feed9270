-- The articles sitemaps are cut by id: articles-N lists the published stories with ids
-- ((N-1)*50000, N*50000] (50,000 is Sitemaps.MAX_URLS, the protocol's limit). The index answers each
-- file's last change with one backward step, so the sitemap index costs one probe per file, not a
-- read of the archive.
create index article_sitemap_part_idx on article (((id - 1) / 50000), greatest(updated_at, published_at))
    where status = 'PUBLISHED';
