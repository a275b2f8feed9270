package news.dateline.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import news.dateline.seo.SitemapEntry;
import news.dateline.seo.SitemapSource;
import news.dateline.seo.Sitemaps;
import news.dateline.shared.SqlTime;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published stories in the sitemaps: {@code articles-1.xml}, {@code articles-2.xml}..., newest first. */
@Service
@Order(1)
@Transactional(readOnly = true)
class ArticleSitemap implements SitemapSource {

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

    /** As many files as it takes, at least one; each last changed when its newest story was. */
    @Override
    public List<Part> parts() {
        long articles = jdbc.sql("select count(*) from article where status = 'PUBLISHED' and published_at <= ?")
                .param(SqlTime.now(clock)).query(Long.class).single();
        long parts = Math.max(1, (articles + Sitemaps.MAX_URLS - 1) / Sitemaps.MAX_URLS);
        List<Part> all = new ArrayList<>();
        for (int part = 1; part <= parts; part++) {
            List<SitemapEntry> first = page((long) (part - 1) * Sitemaps.MAX_URLS, 1);
            all.add(new Part(part, first.isEmpty() ? null : first.getFirst().lastModified()));
        }
        return all;
    }

    @Override
    public List<SitemapEntry> entries(int part) {
        return page((long) (part - 1) * Sitemaps.MAX_URLS, Sitemaps.MAX_URLS);
    }

    private List<SitemapEntry> page(long offset, int limit) {
        return jdbc.sql("""
                        select '/articles/' || slug as path, greatest(updated_at, published_at) as modified from article
                        where status = 'PUBLISHED' and published_at <= ? order by published_at desc, id desc limit ? offset ?""")
                .params(SqlTime.now(clock), limit, offset).query((rs, n) -> SitemapEntry.read(rs)).list();
    }
}
