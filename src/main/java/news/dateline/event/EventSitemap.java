package news.dateline.event;

import java.util.List;
import news.dateline.seo.SitemapEntry;
import news.dateline.seo.SitemapSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@code /sitemaps/events.xml}: every event. */
@Service
@Order(5)
@Transactional(readOnly = true)
class EventSitemap implements SitemapSource {

    private final JdbcClient jdbc;

    EventSitemap(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public List<SitemapEntry> entries(int part) {
        return jdbc.sql("select '/events/' || slug as path, updated_at as modified from event order by slug")
            .query((rs, n) -> SitemapEntry.read(rs))
            .list();
    }

}
