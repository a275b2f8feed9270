package news.dateline.person;

import java.time.Clock;
import news.dateline.seo.SqlSitemap;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@code /sitemaps/people.xml}: people in a published story or an event; a person known
 * only to drafts has a page no link leads to.
 */
@Service
@Order(4)
class PersonSitemap extends SqlSitemap {

    PersonSitemap(JdbcClient jdbc, Clock clock) {
        // per person one step of article_person_latest_idx (V10)
        super("people", jdbc, clock, """
                select '/people/' || p.slug as path, p.updated_at as modified from person p
                left join lateral (select 1 as found from article_person ap
                                   where ap.person_id = p.id and ap.status = 'PUBLISHED' and ap.published_at <= ?
                                   order by ap.published_at desc, ap.article_id desc limit 1) story on true
                where story.found is not null or exists (select 1 from event_person ep where ep.person_id = p.id)
                order by p.slug""");
    }

}
