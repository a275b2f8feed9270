package news.dateline.article;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import news.dateline.shared.CacheTags;
import news.dateline.shared.SqlTime;
import news.dateline.shared.StoryCursor;
import news.dateline.web.ReaderCache;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies whose copy Dateline carries ({@code /sources}) and each one's stories
 * ({@code /sources/{slug}}), newest first and keyset-paginated along
 * {@code article_agency_latest_idx}.
 */
@Service
@Transactional(readOnly = true)
public class Sources {

    static final int STORIES = 30;

    /** How far an agency's stories are counted in the index. */
    static final int COUNTED = 1000;

    private final JdbcClient jdbc;

    private final Clock clock;

    Sources(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * An agency.
     *
     * @param stories its published stories, counted up to {@value #COUNTED} and one more
     * ({@link #manyStories()}); 0 on its own page
     * @param latest the day of its latest story, or null
     */
    public record Source(long id, String slug, String name, String fullName, String website, long stories,
            news.dateline.shared.DisplayTimes.Stamp latest) {
        public String url() {
            return "/sources/" + slug;
        }

        /** The full name when the agency has one, else its short name. */
        public String title() {
            return fullName != null && !fullName.isBlank() ? fullName : name;
        }

        public boolean manyStories() {
            return stories > COUNTED;
        }

        /** The website, when it is an http(s) address a reader can follow. */
        public String safeWebsite() {
            return website != null && website.matches("(?i)https?://[^\\s\"<>]+") ? website : null;
        }
    }

    /**
     * An agency's page.
     *
     * @param older where the older stories start, or null when these are the last
     */
    public record SourcePage(Source source, List<ArticleViews.Card> stories, StoryCursor older) {
    }

    /** The agencies with a published story, by name; one statement. */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public List<Source> all() {
        CacheTags.add(CacheTags.INDEXES);
        return jdbc
            .sql("""
                    select g.id, g.slug, g.name, g.full_name, g.website, counted.n, latest.published_at, latest.published_offset
                    from agency g
                    cross join lateral (select count(*) as n from (
                                            select 1 from article a
                                            where a.agency_id = g.id and a.status = 'PUBLISHED' and a.published_at <= :now
                                            order by a.published_at desc, a.id desc limit :counted) c) counted
                    left join lateral (select a.published_at, a.published_offset from article a
                                       where a.agency_id = g.id and a.status = 'PUBLISHED' and a.published_at <= :now
                                       order by a.published_at desc, a.id desc limit 1) latest on true
                    where counted.n > 0
                    order by g.name""")
            .param("now", SqlTime.now(clock))
            .param("counted", COUNTED + 1)
            .query((rs, n) -> new Source(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                    rs.getString("full_name"), rs.getString("website"), rs.getLong("n"),
                    news.dateline.shared.DisplayTimes.day(rs)))
            .list();
    }

    /**
     * An agency's page: its stories older than {@code before} (null: the latest). Two
     * statements.
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<SourcePage> bySlug(String slug, StoryCursor before) {
        CacheTags.add(CacheTags.INDEXES);
        return jdbc.sql("select id, slug, name, full_name, website from agency where slug = ?")
            .param(slug)
            .query((rs, n) -> new Source(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                    rs.getString("full_name"), rs.getString("website"), 0, null))
            .optional()
            .map(source -> {
                var now = SqlTime.now(clock);
                var from = StoryCursor.orFirst(before, now);
                var page = StoryCursor.Page.of(jdbc.sql("select a.id, " + ArticleQueries.CARD_COLUMNS + """
                         from article a left join agency g on g.id = a.agency_id
                        where a.agency_id = ? and a.status = 'PUBLISHED' and a.published_at <= ?
                          and (a.published_at, a.id) < (?, ?)
                        order by a.published_at desc, a.id desc limit ?""")
                    .params(source.id(), now, from.publishedAt(), from.id(), STORIES + 1)
                    .query((rs, n) -> new StoryCursor.Keyed<>(ArticleQueries.card(rs), StoryCursor.of(rs)))
                    .list(), STORIES);
                return new SourcePage(source, page.items(), page.older());
            });
    }

}
