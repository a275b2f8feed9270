package news.dateline.event;

import news.dateline.seo.SqlSitemap;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@code /sitemaps/events.xml}: every event. */
@Service
@Order(5)
class EventSitemap extends SqlSitemap {

    EventSitemap(JdbcClient jdbc) {
        super("events", jdbc, "select '/events/' || slug as path, updated_at as modified from event order by slug");
    }

}
