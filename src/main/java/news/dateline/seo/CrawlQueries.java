package news.dateline.seo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import news.dateline.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the sitemaps and feeds list: one statement per list. */
@Service
@Transactional(readOnly = true)
public class CrawlQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    CrawlQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A page and the last significant change to it. */
    public record Entry(String path, Instant lastModified) {
    }

    /** A story for the news sitemap and the feeds. */
    public record Story(String slug, String headline, String summary, Instant published, Instant updated,
                        String language, String agency) {
    }

    public List<Entry> articles(int offset, int limit) {
        return jdbc.sql("""
                        select '/articles/' || slug as path, greatest(updated_at, published_at) as modified from article
                        where status = 'PUBLISHED' and published_at <= ? order by published_at desc, id desc limit ? offset ?""")
                .params(SqlTime.now(clock), limit, offset).query((rs, n) -> entry(rs)).list();
    }

    public long articleCount() {
        return jdbc.sql("select count(*) from article where status = 'PUBLISHED' and published_at <= ?")
                .param(SqlTime.now(clock)).query(Long.class).single();
    }

    /** Countries with content, each last changed when its latest story was. */
    public List<Entry> countries() {
        return jdbc.sql("""
                        select '/countries/' || c.slug as path, max(greatest(a.updated_at, a.published_at)) as modified
                        from country c
                        left join article_country ac on ac.country_id = c.id
                        left join article a on a.id = ac.article_id and a.status = 'PUBLISHED' and a.published_at <= ?
                        where exists (select 1 from article_country x join article y on y.id = x.article_id
                                      where x.country_id = c.id and y.status = 'PUBLISHED' and y.published_at <= ?)
                           or exists (select 1 from event_country ec where ec.country_id = c.id)
                        group by c.slug order by c.slug""")
                .params(SqlTime.now(clock), SqlTime.now(clock)).query((rs, n) -> entry(rs)).list();
    }

    public List<Entry> relations() {
        return jdbc.sql("""
                        select '/relations/' || ca.slug || '/' || cb.slug as path, max(e.updated_at) as modified
                        from event_country x join event_country y on y.event_id = x.event_id
                        join country ca on ca.id = x.country_id join country cb on cb.id = y.country_id and ca.slug < cb.slug
                        join event e on e.id = x.event_id
                        group by ca.slug, cb.slug order by 1""")
                .query((rs, n) -> entry(rs)).list();
    }

    /** People in a published story or an event: a person known only to drafts has a page no link leads to. */
    public List<Entry> people() {
        return jdbc.sql("""
                        select '/people/' || p.slug as path, p.updated_at as modified from person p
                        where exists (select 1 from article_person ap join article a on a.id = ap.article_id
                                      where ap.person_id = p.id and a.status = 'PUBLISHED' and a.published_at <= ?)
                           or exists (select 1 from event_person ep where ep.person_id = p.id)
                        order by p.slug""")
                .param(SqlTime.now(clock)).query((rs, n) -> entry(rs)).list();
    }

    public List<Entry> events() {
        return jdbc.sql("select '/events/' || slug as path, updated_at as modified from event order by slug")
                .query((rs, n) -> entry(rs)).list();
    }

    /** Stories published since a time, newest first: the news sitemap. */
    public List<Story> publishedSince(Instant since, int limit) {
        return stories("a.published_at >= ?", List.of(SqlTime.of(since)), limit);
    }

    public List<Story> latest(int limit) {
        return stories("true", List.of(), limit);
    }

    public List<Story> latestOfCountry(String slug, int limit) {
        return stories(MENTIONS_COUNTRY, List.of(slug), limit);
    }

    public List<Story> latestOfPerson(String slug, int limit) {
        return stories("""
                exists (select 1 from article_person ap join person p on p.id = ap.person_id
                        where ap.article_id = a.id and p.slug = ?)""", List.of(slug), limit);
    }

    /** Stories about two countries' relations, by the rule of the relation page. */
    public List<Story> latestOfRelation(long a, long b, int limit) {
        return stories(news.dateline.country.RelationQueries.ABOUT_BOTH, List.of(a, b, a, b), limit);
    }

    private static final String MENTIONS_COUNTRY = """
            exists (select 1 from article_country ac join country c on c.id = ac.country_id
                    where ac.article_id = a.id and c.slug = ?)""";

    private List<Story> stories(String filter, List<Object> values, int limit) {
        List<Object> params = new java.util.ArrayList<>();
        params.add(SqlTime.now(clock));
        params.addAll(values);
        params.add(limit);
        return jdbc.sql("""
                        select a.slug, a.headline, coalesce(a.standfirst, split_part(a.body, E'\\n\\n', 1)) as summary,
                               a.published_at, a.updated_at, a.language, g.name as agency
                        from article a left join agency g on g.id = a.agency_id
                        where a.status = 'PUBLISHED' and a.published_at <= ? and \s""" + filter + " " + """
                         order by a.published_at desc, a.id desc limit ?""")
                .params(params)
                .query((rs, n) -> new Story(rs.getString("slug"), rs.getString("headline"),
                        rs.getString("summary").replaceAll("\\\\([\\\\`*_\\[\\]<>#+\\-.)])", "$1"),
                        rs.getTimestamp("published_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("language"), rs.getString("agency")))
                .list();
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        var modified = rs.getTimestamp("modified");
        return new Entry(rs.getString("path"), modified == null ? null : modified.toInstant());
    }
}
