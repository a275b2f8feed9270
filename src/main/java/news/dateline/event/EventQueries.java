package news.dateline.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.annotation.Cacheable;
import news.dateline.web.ReaderCache;
import news.dateline.shared.PartialDate;
import news.dateline.shared.Picture;
import news.dateline.shared.CacheTags;
import news.dateline.shared.SqlTime;
import news.dateline.shared.StoryCursor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's page: four statements whatever the number of countries, people and stories;
 * the stories {@value #STORIES} at a time, newest first, older ones through a
 * {@link StoryCursor}.
 */
@Service
@Transactional(readOnly = true)
public class EventQueries {

    static final int STORIES = 50;

    private final JdbcClient jdbc;

    private final Clock clock;

    EventQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Link(String slug, String name, String extra) {
    }

    /**
     * A story covering the event: its agency ("Other sources" when none) and lead image
     * (or null).
     */
    public record Story(String slug, String headline, String agency,
            @org.jspecify.annotations.Nullable Picture picture) {
    }

    /**
     * @param dateClaims the days the published stories give the event, with their
     * sources, when they disagree (else empty)
     * @param placeClaims the places they give it, when they disagree (else empty)
     * @param coverage how many of its latest {@value #COVERAGE_COUNTED} published stories
     * each agency filed, most first
     */
    public record Event(long id, String slug, String title, String kind, String summary, PartialDate date,
            LocalDate endDate, String place, List<Link> countries, List<Link> people, List<Story> stories,
            StoryCursor older, List<Claimed> dateClaims, List<Claimed> placeClaims, List<AgencyCoverage> coverage) {

        /**
         * The covering stories of this page grouped by agency (by name, "Other sources"
         * last), newest first in each.
         */
        public java.util.Map<String, List<Story>> storiesByAgency() {
            java.util.Map<String, List<Story>> groups = new java.util.TreeMap<>(
                    java.util.Comparator.comparing((String agency) -> agency.equals(OTHER_SOURCES))
                        .thenComparing(agency -> agency));
            stories.forEach(s -> groups.computeIfAbsent(s.agency(), k -> new java.util.ArrayList<>()).add(s));
            return groups;
        }

        /** The kind in words: "Political consultations", not "consultations". */
        public String kindText() {
            return EventQueries.kindText(kind);
        }

        public String dateText() {
            return endDate == null || endDate.equals(date.start()) ? date.display()
                    : date.display() + " to " + PartialDate.of(endDate).display();
        }
    }

    static final String OTHER_SOURCES = "Other sources";

    /** How many of an event's latest stories its coverage by agency counts over. */
    static final int COVERAGE_COUNTED = 1000;

    /** An agency and how many of the event's stories it filed. */
    public record AgencyCoverage(String agency, long stories) {
        /** "1 story", "3 stories". */
        public String storiesText() {
            return stories == 1 ? "1 story" : "%,d stories".formatted(stories);
        }
    }

    /**
     * One value the stories claim for an event's day or place ("8 December 2025"), and
     * the stories claiming it (the slug, and the agency as the name).
     */
    public record Claimed(String value, List<Link> sources) {
    }

    /** How many claims an event page reads at most, the earliest stories first. */
    static final int CLAIMS = 200;

    /** What an event's kind, as editors type it ("consultations"), means to a reader. */
    private static final java.util.Map<String, String> KINDS = java.util.Map.ofEntries(
            java.util.Map.entry("visit", "Official visit"), java.util.Map.entry("meeting", "Meeting"),
            java.util.Map.entry("consultations", "Political consultations"),
            java.util.Map.entry("agreement", "Agreement"), java.util.Map.entry("summit", "Summit"),
            java.util.Map.entry("election", "Election"), java.util.Map.entry("conference", "Conference"),
            java.util.Map.entry("disaster", "Disaster"), java.util.Map.entry("anniversary", "Anniversary"),
            java.util.Map.entry("reception", "Reception"), java.util.Map.entry("aid", "Aid delivery"),
            java.util.Map.entry("talks", "Talks"), java.util.Map.entry("forum", "Forum"));

    /**
     * The kind in words: a known kind by its reader's name, another with its first letter
     * in capitals and separators as spaces ("state_visit" is "State visit").
     */
    public static String kindText(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        String key = kind.strip().toLowerCase(java.util.Locale.ROOT);
        String known = KINDS.get(key);
        if (known != null) {
            return known;
        }
        String words = key.replaceAll("[_\\-]+", " ");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** An event in the index. */
    public record IndexItem(long id, String slug, String title, String kind, PartialDate date, String place,
            List<Link> countries) {
        public String kindText() {
            return EventQueries.kindText(kind);
        }
    }

    /** The orders of {@code /events}. */
    public enum IndexOrder {

        /** The latest events first. */
        DATE,
        /** From A to Z. */
        TITLE

    }

    static final int INDEX_PAGE = 50;

    /**
     * {@code /events}, {@value #INDEX_PAGE} at a time: by date, latest first (along
     * {@code event_date_idx}), or from A to Z (along {@code event_title_idx}), after the
     * event shown last or from a letter; one statement, each event's countries read as an
     * array in it.
     * @param letter in A–Z order, a capital letter to start at, or null
     * @param after the id of the last event of the previous page, or null
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public news.dateline.shared.IndexPage<IndexItem> index(IndexOrder order, String letter, Long after) {
        CacheTags.add(CacheTags.INDEXES);
        String where = order == IndexOrder.TITLE
                ? "(dl_fold(e.title), e.id) > (coalesce((select dl_fold(s.title) from event s where s.id = :after), :letter),"
                        + " coalesce(:after, 0))"
                : "(e.start_date, e.id) < (coalesce((select s.start_date from event s where s.id = :after), date '9999-12-31'),"
                        + " coalesce(:after, 0))";
        String orderBy = order == IndexOrder.TITLE ? "dl_fold(e.title), e.id" : "e.start_date desc, e.id desc";
        var rows = jdbc.sql("""
                select e.id, e.slug, e.title, e.kind, e.start_date, e.date_precision, e.place,
                       array(select c.slug from event_country ec join country c on c.id = ec.country_id
                             where ec.event_id = e.id order by c.name) as country_slugs,
                       array(select c.name from event_country ec join country c on c.id = ec.country_id
                             where ec.event_id = e.id order by c.name) as country_names
                from event e
                where\s""" + where + " order by " + orderBy + " limit :size")
            .param("after", after, java.sql.Types.BIGINT)
            .param("letter", letter == null ? "" : letter.toLowerCase(java.util.Locale.ROOT))
            .param("size", INDEX_PAGE + 1)
            .query((rs, n) -> {
                CacheTags.add(CacheTags.event(rs.getLong("id")));
                String[] slugs = (String[]) rs.getArray("country_slugs").getArray();
                String[] names = (String[]) rs.getArray("country_names").getArray();
                List<Link> countries = new java.util.ArrayList<>();
                for (int i = 0; i < slugs.length; i++) {
                    countries.add(new Link(slugs[i], names[i], null));
                }
                return new IndexItem(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getString("kind"),
                        PartialDate.of(rs.getObject("start_date", LocalDate.class),
                                PartialDate.Precision.valueOf(rs.getString("date_precision"))),
                        rs.getString("place"), List.copyOf(countries));
            })
            .list();
        return news.dateline.shared.IndexPage.of(rows, INDEX_PAGE, IndexItem::id);
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<Event> bySlug(String slug) {
        return bySlug(slug, null);
    }

    /** The event's page with the stories older than {@code before} (null: the latest). */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<Event> bySlug(String slug, StoryCursor before) {
        // the event's row and its coverage by agency (its latest stories, from
        // article_event's index) in one statement
        return jdbc.sql("""
                select e.id, e.slug, e.title, e.kind, e.summary, e.start_date, e.date_precision, e.end_date, e.place,
                       coverage.agencies, coverage.agency_stories
                from event e
                cross join lateral (
                    select array_agg(c.agency order by c.n desc, c.agency) as agencies,
                           array_agg(c.n order by c.n desc, c.agency) as agency_stories
                    from (select coalesce(g.name, :other) as agency, count(*) as n
                          from (select ae.article_id from article_event ae
                                where ae.event_id = e.id and ae.status = 'PUBLISHED' and ae.published_at <= :now
                                order by ae.published_at desc, ae.article_id desc limit :counted) latest
                          join article a on a.id = latest.article_id left join agency g on g.id = a.agency_id
                          group by 1) c) coverage
                where e.slug = :slug""")
            .param("slug", slug)
            .param("other", OTHER_SOURCES)
            .param("now", SqlTime.now(clock))
            .param("counted", COVERAGE_COUNTED)
            .query((rs, n) -> {
                java.sql.Array agencyArray = rs.getArray("agencies");
                String[] agencies = agencyArray == null ? new String[0] : (String[]) agencyArray.getArray();
                java.sql.Array countArray = rs.getArray("agency_stories");
                Long[] counts = countArray == null ? new Long[0] : (Long[]) countArray.getArray();
                List<AgencyCoverage> coverage = new java.util.ArrayList<>();
                for (int i = 0; i < agencies.length; i++) {
                    coverage.add(new AgencyCoverage(agencies[i], counts[i]));
                }
                return new Event(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("kind"),
                        rs.getString("summary"),
                        PartialDate.of(rs.getObject("start_date", LocalDate.class),
                                PartialDate.Precision.valueOf(rs.getString("date_precision"))),
                        rs.getObject("end_date", LocalDate.class), rs.getString("place"), List.of(), List.of(),
                        List.of(), null, List.of(), List.of(), List.copyOf(coverage));
            })
            .optional()
            .map(e -> complete(e, before));
    }

    private Event complete(Event e, StoryCursor before) {
        CacheTags.add(CacheTags.event(e.id()));
        List<Link> countries = jdbc.sql("""
                select c.slug, c.name, c.id from event_country ec join country c on c.id = ec.country_id
                where ec.event_id = ? order by c.name""").param(e.id()).query((rs, n) -> {
            CacheTags.add(CacheTags.country(rs.getLong(3)));
            return new Link(rs.getString(1), rs.getString(2), null);
        }).list();
        List<Link> people = jdbc.sql("""
                select p.slug, p.name, p.role, p.id from event_person ep join person p on p.id = ep.person_id
                where ep.event_id = ? order by p.name""").param(e.id()).query((rs, n) -> {
            CacheTags.add(CacheTags.person(rs.getLong(4)));
            return new Link(rs.getString(1), rs.getString(2), rs.getString(3));
        }).list();
        var now = SqlTime.now(clock);
        var from = StoryCursor.orFirst(before, now);
        var stories = StoryCursor.Page.of(jdbc.sql("""
                select a.id, a.slug, a.headline, a.published_at, coalesce(g.name, ?) as agency, %s
                from article_event ae join article a on a.id = ae.article_id left join agency g on g.id = a.agency_id
                where ae.event_id = ? and ae.status = 'PUBLISHED' and ae.published_at <= ?
                  and (ae.published_at, ae.article_id) < (?, ?)
                order by ae.published_at desc, ae.article_id desc limit ?""".formatted(Picture.COLUMNS))
            .params(OTHER_SOURCES, e.id(), now, from.publishedAt(), from.id(), STORIES + 1)
            .query((rs,
                    n) -> new StoryCursor.Keyed<>(new Story(rs.getString("slug"), rs.getString("headline"),
                            rs.getString("agency"), Picture.from(rs)), StoryCursor.of(rs)))
            .list(), STORIES);
        java.util.Map<String, java.util.Map<String, Link>> days = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.util.Map<String, Link>> places = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select ec.claimed_date, ec.claimed_place, a.slug, a.headline, coalesce(g.name, ?) as agency
                from event_claim ec join article a on a.id = ec.article_id left join agency g on g.id = a.agency_id
                where ec.event_id = ? and ec.status = 'PUBLISHED' and ec.published_at <= ?
                order by ec.published_at, ec.article_id limit ?""")
            .params(OTHER_SOURCES, e.id(), now, CLAIMS)
            .query((rs, n) -> {
                Link source = new Link(rs.getString("slug"), rs.getString("agency"), rs.getString("headline"));
                LocalDate day = rs.getObject("claimed_date", LocalDate.class);
                if (day != null) {
                    days.computeIfAbsent(PartialDate.of(day).display(), k -> new java.util.LinkedHashMap<>())
                        .putIfAbsent(source.name(), source);
                }
                String place = rs.getString("claimed_place");
                if (place != null) {
                    places.computeIfAbsent(place, k -> new java.util.LinkedHashMap<>())
                        .putIfAbsent(source.name(), source);
                }
                return source;
            })
            .list();
        return new Event(e.id(), e.slug(), e.title(), e.kind(), e.summary(), e.date(), e.endDate(), e.place(),
                countries, people, stories.items(), stories.older(), disagreeing(days), disagreeing(places),
                e.coverage());
    }

    /** The claimed values, each with its sources, when there are two or more. */
    private static List<Claimed> disagreeing(java.util.Map<String, java.util.Map<String, Link>> claims) {
        if (claims.size() < 2) {
            return List.of();
        }
        return claims.entrySet()
            .stream()
            .map(c -> new Claimed(c.getKey(), List.copyOf(c.getValue().values())))
            .toList();
    }

}
