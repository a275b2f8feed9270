package news.dateline.country;

import java.util.List;
import news.dateline.seo.SitemapEntry;
import news.dateline.seo.SitemapSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /sitemaps/relations.xml}: every pair of countries that share an event, last
 * changed with its latest event.
 */
@Service
@Order(3)
@Transactional(readOnly = true)
class RelationSitemap implements SitemapSource {

    private final JdbcClient jdbc;

    RelationSitemap(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public List<SitemapEntry> entries(int part) {
        return jdbc.sql("""
                select '/relations/' || ca.slug || '/' || cb.slug as path, max(e.updated_at) as modified
                from event_country x join event_country y on y.event_id = x.event_id
                join country ca on ca.id = x.country_id join country cb on cb.id = y.country_id and ca.slug < cb.slug
                join event e on e.id = x.event_id
                group by ca.slug, cb.slug order by 1""").query((rs, n) -> SitemapEntry.read(rs)).list();
    }

}
