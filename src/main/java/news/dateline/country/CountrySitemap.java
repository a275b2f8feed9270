package news.dateline.country;

import java.time.Clock;
import java.util.List;
import news.dateline.seo.SitemapEntry;
import news.dateline.seo.SitemapSource;
import news.dateline.shared.SqlTime;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /sitemaps/countries.xml}: the countries with content, each last changed when its
 * latest story was.
 */
@Service
@Order(2)
@Transactional(readOnly = true)
class CountrySitemap implements SitemapSource {

    private final JdbcClient jdbc;

    private final Clock clock;

    CountrySitemap(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "countries";
    }

    @Override
    public List<SitemapEntry> entries(int part) {
        return jdbc.sql("""
                select '/countries/' || c.slug as path, max(greatest(a.updated_at, a.published_at)) as modified
                from country c
                left join article_country ac on ac.country_id = c.id
                left join article a on a.id = ac.article_id and a.status = 'PUBLISHED' and a.published_at <= ?
                where exists (select 1 from article_country x join article y on y.id = x.article_id
                              where x.country_id = c.id and y.status = 'PUBLISHED' and y.published_at <= ?)
                   or exists (select 1 from event_country ec where ec.country_id = c.id)
                group by c.slug order by c.slug""")
            .params(SqlTime.now(clock), SqlTime.now(clock))
            .query((rs, n) -> SitemapEntry.read(rs))
            .list();
    }

}
