package news.dateline.country;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.annotation.Cacheable;
import news.dateline.shared.CacheTags;
import news.dateline.web.ReaderCache;
import news.dateline.shared.DisplayTimes;
import news.dateline.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Two countries' relations: the events both take part in and the stories about both. */
@Service
@Transactional(readOnly = true)
public class RelationQueries {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Timelines timelines;

    RelationQueries(JdbcClient jdbc, Clock clock, Timelines timelines) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.timelines = timelines;
    }

    public record Side(long id, String slug, String name) {
    }

    public record Relation(Side a, Side b, List<CountryQueries.TimelineYear> timeline,
                           List<CountryQueries.StoryItem> stories) {
        public int eventCount() {
            return timeline.stream().mapToInt(year -> year.events().size()).sum();
        }

        public TimelineGraphic graphic() {
            return TimelineGraphic.of(timeline);
        }

        public String title() {
            return a.name() + " and " + b.name();
        }
    }

    /** A pair with content, with its most recent activity: for the home page. */
    public record Pair(String slugA, String nameA, String slugB, String nameB, long stories) {
        public String url() {
            return "/relations/" + slugA + "/" + slugB;
        }
    }

    /**
     * A story is about two countries' relations when it covers an event both take part in, or
     * names each of them at least {@value #MAIN_MENTIONS} times: a passing mention of a third
     * country ("close ties with China, Vietnam and Thailand") does not make it a story about that pair.
     * Parameters: a, b (events), a, b (mentions), over the alias {@code a}.
     */
    public static final String ABOUT_BOTH = """
            (exists (select 1 from article_event ae
                     where ae.article_id = a.id
                       and exists (select 1 from event_country x where x.event_id = ae.event_id and x.country_id = ?)
                       and exists (select 1 from event_country y where y.event_id = ae.event_id and y.country_id = ?))
             or (select count(*) from article_country ac
                 where ac.article_id = a.id and ac.country_id in (?, ?) and ac.mentions >= 3) = 2)""";
    static final int MAIN_MENTIONS = 3;

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<Side> country(String slug) {
        return jdbc.sql("select id, slug, name from country where slug = ?").param(slug)
                .query((rs, n) -> {
                    CacheTags.add(CacheTags.country(rs.getLong(1)));
                    return new Side(rs.getLong(1), rs.getString(2), rs.getString(3));
                }).optional();
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Relation between(Side a, Side b) {
        CacheTags.add(CacheTags.relation(a.id(), b.id()));
        List<CountryQueries.TimelineYear> timeline = timelines.of("""
                exists (select 1 from event_country x where x.event_id = e.id and x.country_id = ?)
                and exists (select 1 from event_country y where y.event_id = e.id and y.country_id = ?)""", a.id(), b.id());
        List<CountryQueries.StoryItem> stories = jdbc.sql("select a.slug, a.headline, a.published_at, a.published_offset from article a where "
                        + ABOUT_BOTH + " and a.status = 'PUBLISHED' and a.published_at <= ? order by a.published_at desc, a.id desc limit 50")
                .params(a.id(), b.id(), a.id(), b.id(), SqlTime.now(clock))
                .query((rs, n) -> new CountryQueries.StoryItem(rs.getString("slug"), rs.getString("headline"), DisplayTimes.day(rs)))
                .list();
        return new Relation(a, b, timeline, stories);
    }

    /** Pairs of countries that share events, most recent activity first. */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public List<Pair> mostActive(int limit) {
        CacheTags.add(CacheTags.HOME);
        return jdbc.sql("""
                        select ca.slug as slug_a, ca.name as name_a, cb.slug as slug_b, cb.name as name_b,
                               count(distinct ax.article_id) as stories, max(e.start_date) as latest
                        from event_country x join event_country y on y.event_id = x.event_id
                        join event e on e.id = x.event_id
                        join country ca on ca.id = x.country_id
                        join country cb on cb.id = y.country_id and ca.slug < cb.slug
                        left join article_event ax on ax.event_id = e.id
                        group by ca.slug, ca.name, cb.slug, cb.name
                        order by latest desc, stories desc limit ?""")
                .param(limit)
                .query((rs, n) -> new Pair(rs.getString("slug_a"), rs.getString("name_a"), rs.getString("slug_b"),
                        rs.getString("name_b"), rs.getLong("stories")))
                .list();
    }
}
