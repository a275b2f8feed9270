package news.dateline.country;

import news.dateline.seo.SqlSitemap;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@code /sitemaps/relations.xml}: every pair of countries that share an event, last
 * changed with its latest event.
 */
@Service
@Order(3)
class RelationSitemap extends SqlSitemap {

    RelationSitemap(JdbcClient jdbc) {
        super("relations", jdbc, """
                select '/relations/' || ca.slug || '/' || cb.slug as path, max(e.updated_at) as modified
                from event_country x join event_country y on y.event_id = x.event_id
                join country ca on ca.id = x.country_id join country cb on cb.id = y.country_id and ca.slug < cb.slug
                join event e on e.id = x.event_id
                group by ca.slug, cb.slug order by 1""");
    }

}
