package news.dateline.country;

import java.time.Clock;
import news.dateline.seo.SqlSitemap;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@code /sitemaps/countries.xml}: the countries with content, each last changed when its
 * latest story was.
 */
@Service
@Order(2)
class CountrySitemap extends SqlSitemap {

    CountrySitemap(JdbcClient jdbc, Clock clock) {
        // per country one step of article_country_latest_idx (V10) to its latest story
        super("countries", jdbc, clock, """
                select '/countries/' || c.slug as path, latest.modified
                from country c
                left join lateral (select greatest(a.updated_at, a.published_at) as modified
                                   from article_country ac join article a on a.id = ac.article_id
                                   where ac.country_id = c.id and ac.status = 'PUBLISHED' and ac.published_at <= ?
                                   order by ac.published_at desc, ac.article_id desc limit 1) latest on true
                where latest.modified is not null or exists (select 1 from event_country ec where ec.country_id = c.id)
                order by c.slug""");
    }

}
