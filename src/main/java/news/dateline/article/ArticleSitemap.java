package news.dateline.article;

import java.time.Clock;
import java.util.List;
import news.dateline.seo.SitemapEntry;
import news.dateline.seo.SitemapSource;
import news.dateline.seo.Sitemaps;
import news.dateline.shared.SqlTime;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published stories in the sitemaps, cut by id: {@code articles-N.xml} lists those
 * with ids in ((N-1)×{@value Sitemaps#MAX_URLS}, N×{@value Sitemaps#MAX_URLS}], so that a
 * file is read by a range of the primary key (never an OFFSET over the archive) and an
 * old file stays as it is while new stories fill the last one. A range with no published
 * story has no file; {@code articles-1} always exists.
 */
@Service
@Order(1)
@Transactional(readOnly = true)
class ArticleSitemap implements SitemapSource {

    private static final long SIZE = Sitemaps.MAX_URLS;

    private final JdbcClient jdbc;

    private final Clock clock;

    ArticleSitemap(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "articles";
    }

    @Override
    public boolean paged() {
        return true;
    }

    /**
     * Each range with a published story, with the last change in it: one statement, one
     * step of {@code article_sitemap_part_idx} (V14) per range, whatever the number of
     * stories.
     */
    @Override
    public List<Part> parts() {
        return jdbc.sql("""
                select n + 1 as part, m.modified
                from generate_series(0, (select coalesce(max(id) - 1, 0) from article) / 50000) n
                cross join lateral (select max(greatest(a.updated_at, a.published_at)) as modified from article a
                                    where a.status = 'PUBLISHED' and (a.id - 1) / 50000 = n and a.published_at <= ?) m
                where m.modified is not null or n = 0
                order by n""").param(SqlTime.now(clock)).query((rs, n) -> {
            var modified = rs.getTimestamp("modified");
            return new Part(rs.getInt("part"), modified == null ? null : modified.toInstant());
        }).list();
    }

    @Override
    public List<SitemapEntry> entries(int part) {
        return jdbc.sql("""
                select '/articles/' || slug as path, greatest(updated_at, published_at) as modified from article
                where id > ? and id <= ? and status = 'PUBLISHED' and published_at <= ? order by id""")
            .params((part - 1) * SIZE, part * SIZE, SqlTime.now(clock))
            .query((rs, n) -> SitemapEntry.read(rs))
            .list();
    }

}
