package news.dateline.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import news.dateline.seo.SitemapEntry;
import news.dateline.seo.SqlSitemap;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@code /sitemaps/sections.xml}: the home page, the indexes (countries, relations,
 * people, events, sources), each agency with a published story, and the about page. The
 * first page of each only: later pages of an index are reached through its links.
 */
@Service
@Order(6)
class SectionSitemap extends SqlSitemap {

    private static final List<String> SECTIONS = List.of("/", "/countries", "/relations", "/people", "/events",
            "/sources", "/about");

    SectionSitemap(JdbcClient jdbc, Clock clock) {
        // the agencies with a published story
        super("sections", jdbc, clock, """
                select '/sources/' || g.slug as path, latest.published_at as modified from agency g
                cross join lateral (select a.published_at from article a
                                    where a.agency_id = g.id and a.status = 'PUBLISHED' and a.published_at <= ?
                                    order by a.published_at desc, a.id desc limit 1) latest
                order by g.slug""");
    }

    @Override
    public List<SitemapEntry> entries(int part) {
        List<SitemapEntry> entries = new ArrayList<>();
        SECTIONS.forEach(path -> entries.add(new SitemapEntry(path, null)));
        entries.addAll(super.entries(part));
        return entries;
    }

}
