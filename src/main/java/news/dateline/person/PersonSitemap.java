package news.dateline.person;

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
 * {@code /sitemaps/people.xml}: people in a published story or an event; a person known
 * only to drafts has a page no link leads to.
 */
@Service
@Order(4)
@Transactional(readOnly = true)
class PersonSitemap implements SitemapSource {

    private final JdbcClient jdbc;

    private final Clock clock;

    PersonSitemap(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "people";
    }

    /** Per person one step of {@code article_person_latest_idx} (V10). */
    @Override
    public List<SitemapEntry> entries(int part) {
        return jdbc.sql("""
                select '/people/' || p.slug as path, p.updated_at as modified from person p
                left join lateral (select 1 as found from article_person ap
                                   where ap.person_id = p.id and ap.status = 'PUBLISHED' and ap.published_at <= ?
                                   order by ap.published_at desc, ap.article_id desc limit 1) story on true
                where story.found is not null or exists (select 1 from event_person ep where ep.person_id = p.id)
                order by p.slug""").param(SqlTime.now(clock)).query((rs, n) -> SitemapEntry.read(rs)).list();
    }

}
