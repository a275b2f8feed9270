package news.dateline.search;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleViews;
import news.dateline.shared.DisplayTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search. When the node's {@link SearchIndex} is ready, a search is read from it
 * ({@link IndexedSearch}): the same stories, found in a fraction of the time at archive
 * scale. Otherwise (while the index is built, or without one) this class searches with
 * PostgreSQL, as follows.
 * <p>
 * PostgreSQL full-text search with accents folded: title above standfirst above body,
 * ranked with recency, with highlighted snippets; the people, countries and events whose
 * names or aliases match come first.
 * <p>
 * At archive scale a frequent word matches half a million stories, so only a bounded
 * candidate set is ranked: the {@value #CANDIDATES} latest matching stories, and the
 * latest stories of the people and countries the search names. How the latest matches are
 * found depends on how common the words are ({@link SearchStatistics}, from PostgreSQL's
 * own statistics, read every few minutes): a frequent word walks the published stories
 * newest first, testing each one's vector, until enough match; a rare one takes every
 * match the GIN index on {@code search_vector} gives and sorts them by date; a word in a
 * few percent of the stories takes the index's matches among the stories of a recent
 * window (the date index's bitmap and the word's, combined), then in a wider window
 * before it and then in the older stories, each only when the ones before held too few.
 * The statement is written so that the planner can only take the way chosen (left to
 * itself it walked 70,000 stories for a word in 2 % of them). Only the candidates are
 * ranked, counted ("more than 300") and paged, and {@code ts_headline}, the costly part,
 * runs only for the page shown. Two statements.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SearchService.class);

    public static final int PAGE_SIZE = 10;

    /**
     * The most stories a search ranks and pages through: the latest that match (30
     * pages). Every part of a search's cost grows with it.
     */
    public static final int CANDIDATES = 300;

    /**
     * The shortest search that also finds the stories of the people and countries it
     * names: "Thongsavan" finds the stories tagged with Thongsavanh Phomvihane, "viet
     * nam" those tagged with Vietnam (by name or alias, accents and case ignored), though
     * their words are spelled otherwise.
     */
    static final int NAMED_AT_LEAST = 4;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final SearchStatistics statistics;

    private final SearchIndex index;

    private final java.util.concurrent.atomic.AtomicLong byDatabase = new java.util.concurrent.atomic.AtomicLong();

    private final IndexedSearch indexed;

    private final Names names;

    SearchService(JdbcClient jdbc, Clock clock, SearchStatistics statistics, SearchIndex index, Names names) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.statistics = statistics;
        this.index = index;
        this.names = names;
        this.indexed = new IndexedSearch(jdbc, clock, index, names);
    }

    public record Entity(String kind, String url, String name, String detail) {
    }

    /**
     * A story found, with its snippet: HTML whose only tags are the {@code <mark>} around
     * matched words.
     */
    public record Hit(ArticleViews.Card card, String snippetHtml) {
    }

    /**
     * @param total how many stories match, up to {@link #CANDIDATES}
     * @param more whether more than {@link #CANDIDATES} match (only the latest are
     * ranked)
     */
    public record Results(SearchQuery query, List<Entity> entities, List<Hit> hits, long total, boolean more,
            int totalPages) {
        public boolean hasNext() {
            return query.page() < totalPages;
        }

        public boolean hasPrevious() {
            return query.page() > 1;
        }
    }

    public Results search(SearchQuery query) {
        return search(query, null);
    }

    /**
     * @param forced the way to take, or null to let the statistics choose
     */
    Results search(SearchQuery query, SearchStatistics.Route forced) {
        if (query.isBlank()) {
            return new Results(query, List.of(), List.of(), 0, false, 0);
        }
        if (forced == null && index.ready()) {
            try {
                return indexed.search(query);
            }
            catch (java.io.IOException | java.io.UncheckedIOException
                    | org.apache.lucene.search.IndexSearcher.TooManyClauses
                    | org.apache.lucene.store.AlreadyClosedException e) {
                // a damaged index, a search of more words than the index takes at once, a
                // node stopping: PostgreSQL answers
                log.warn("Search index not read ({}): searched by PostgreSQL", e.getMessage());
            }
        }
        Names.Found named = names.named(query.text());
        List<Entity> entities = named.entities();
        List<Long> people = named.people();
        List<Long> countries = named.countries();
        List<String> words = new java.util.ArrayList<>();
        jdbc.sql("""
                select tsvector_to_array(to_tsvector('english', dl_fold(:text))) as words,
                       set_config('enable_seqscan', 'off', true) as planner""")
            .param("text", query.text())
            .query(rs -> {
                words.addAll(List.of((String[]) rs.getArray("words").getArray()));
            });
        if (forced == null) {
            byDatabase.incrementAndGet();
        }
        // The first statement turned sequential scans off for this transaction: the
        // search statement reads the stories through the indexes of the way chosen, also
        // in branches a small archive would read whole (never run while the windows
        // before them hold enough).
        SearchStatistics.Route route = forced != null ? forced : statistics.route(words, CANDIDATES + 1);
        boolean walk = route.way() == SearchStatistics.Way.WALK;
        boolean window = route.way() == SearchStatistics.Way.LATEST_WINDOW && route.since() != null;
        // Walking newest first: "is true" keeps the GIN index out, so the planner cannot
        // trade the walk for all the matches. Taking the index's matches: ordering by an
        // expression keeps the walk out.
        String text = walk ? " and (a.search_vector @@ websearch_to_tsquery('english', dl_fold(:text))) is true"
                : " and a.search_vector @@ websearch_to_tsquery('english', dl_fold(:text))";
        String latest = walk ? "a.published_at desc" : "a.published_at + interval '0 s' desc";
        String filters = " "
                + """
                        a.status = 'PUBLISHED' and a.published_at <= :now
                        and (cast(:country as text) is null or exists (select 1 from article_country ac join country c on c.id = ac.country_id
                                                           where ac.article_id = a.id and c.slug = :country))
                        and (cast(:from as timestamptz) is null or a.published_at >= :from)
                        and (cast(:to as timestamptz) is null or a.published_at < :to)""";
        var fromInstant = query.from() == null ? null : query.from().atStartOfDay().atOffset(ZoneOffset.UTC);
        var toInstant = query.to() == null ? null : query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        String order = query.byDate() ? "published_at desc, id desc" : "score desc, published_at desc, id desc";
        String score = query.byDate() ? "0" : """
                (ts_rank_cd(a.search_vector, websearch_to_tsquery('english', dl_fold(:text)), 32) + 0.05)
                    / (1 + extract(epoch from (:now - a.published_at)) / 31536000.0)""";
        String matches = "select a.id from article a where " + filters + text;
        String latestFirst = " order by " + latest + ", a.id desc limit :candidates";
        String found = latestMatches(matches, latestFirst, window, window && route.wider() != null);
        long[] total = { 0 };
        List<Hit> hits = new java.util.ArrayList<>();
        jdbc.sql("with " + found + """

                    union
                    (select l.article_id from unnest(cast(:people as bigint[])) as m (id) cross join lateral (
                         select x.article_id from article_person x
                         where x.person_id = m.id and x.status = 'PUBLISHED' and x.published_at <= :now
                         order by x.published_at desc, x.article_id desc limit :candidates) l)
                    union
                    (select l.article_id from unnest(cast(:countries as bigint[])) as m (id) cross join lateral (
                         select x.article_id from article_country x
                         where x.country_id = m.id and x.status = 'PUBLISHED' and x.published_at <= :now
                         order by x.published_at desc, x.article_id desc limit :candidates) l)),
                candidate as materialized (
                    select a.id, a.published_at,\s""" + score + """
                        as score
                from article a
                where a.id = any(array(select id from matched)) and\s""" + filters + " " + """
                    order by a.published_at desc, a.id desc
                    limit :candidates),
                shown as (
                    select id, row_number() over (order by\s""" + order + ") as ord from candidate order by " + order
                + """
                                 \slimit :limit offset :offset)
                        select t.total, shown.ord, a.slug, a.headline, a.published_at, a.published_precision, a.published_offset,
                               g.name as agency, a.dateline, """
                + ArticleQueries.PICTURE_COLUMNS + ", "
                + """
                               ts_headline('english', case when left(dl_fold(a.body), length(a.headline)) = dl_fold(a.headline)
                                                                then ltrim(substr(a.body, length(a.headline) + 1), ' .,:;') else a.body end, websearch_to_tsquery('english', dl_fold(:text)),
                                           'StartSel=<mark>, StopSel=</mark>, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') as snippet
                        from (select count(*) as total from candidate) t
                        left join (shown join article a on a.id = shown.id left join agency g on g.id = a.agency_id) on true
                        order by shown.ord""")
            .param("text", query.text())
            .param("people", people.toArray(Long[]::new))
            .param("countries", countries.toArray(Long[]::new))
            .param("now", clock.instant().atOffset(ZoneOffset.UTC))
            .param("country", query.country())
            .param("from", fromInstant)
            .param("to", toInstant)
            .param("candidates", CANDIDATES + 1)
            .param("since", window ? route.since().atOffset(ZoneOffset.UTC) : null)
            .param("wider", window && route.wider() != null ? route.wider().atOffset(ZoneOffset.UTC) : null)
            .param("limit", PAGE_SIZE)
            .param("offset", (query.page() - 1) * PAGE_SIZE)
            .query(rs -> {
                total[0] = rs.getLong("total");
                if (rs.getString("slug") != null) {
                    hits.add(new Hit(card(rs), safeSnippet(rs.getString("snippet"))));
                }
            });
        boolean more = total[0] > CANDIDATES;
        long shown = Math.min(total[0], CANDIDATES);
        int pages = (int) ((shown + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Results(query, entities, hits, shown, more, pages);
    }

    /**
     * The CTEs that end in {@code matched (id)}: the latest matching stories, from one
     * statement ({@code matches}), or from windows of time: the window's matches first
     * ({@code :since}), then those of a wider window before it ({@code :wider}), then the
     * stories before both, each searched only when the ones before held fewer than wanted
     * (a one-time filter: otherwise never run).
     */
    private static String latestMatches(String matches, String latestFirst, boolean window, boolean wider) {
        if (!window) {
            return "matched (id) as ((" + matches + latestFirst + ")";
        }
        StringBuilder sql = new StringBuilder("recent (id) as materialized (").append(matches)
            .append(" and a.published_at >= :since")
            .append(latestFirst)
            .append("),\n");
        String found = "(select count(*) from recent)";
        if (wider) {
            sql.append("earlier (id) as materialized (")
                .append(matches)
                .append(" and a.published_at >= :wider and a.published_at < :since and ")
                .append(found)
                .append(" < :candidates")
                .append(latestFirst)
                .append("),\n");
            found += " + (select count(*) from earlier)";
        }
        return sql.append("matched (id) as ((select id from recent) union all ")
            .append(wider ? "(select id from earlier) union all " : "")
            .append("(")
            .append(matches)
            .append(wider ? " and a.published_at < :wider" : " and a.published_at < :since")
            .append(" and ")
            .append(found)
            .append(" < :candidates")
            .append(latestFirst)
            .append(")")
            .toString();
    }

    /**
     * A found story's card, from a row of {@code slug, headline, published_at,
     * published_precision, published_offset, agency, dateline} and the picture's columns.
     */
    static ArticleViews.Card card(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ArticleViews.Card(rs.getString("slug"), rs.getString("headline"), null,
                DisplayTimes.of(rs.getTimestamp("published_at").toInstant(),
                        "MINUTE".equals(rs.getString("published_precision")), rs.getString("published_offset"),
                        rs.getString("dateline")),
                rs.getString("agency"), rs.getString("dateline"), ArticleQueries.picture(rs));
    }

    /**
     * How many searches PostgreSQL answered since the start, the index not ready or not
     * read.
     */
    long byDatabase() {
        return byDatabase.get();
    }

    /**
     * The snippet is the story's own text: escape all of it, then give back only our
     * marks.
     */
    static String safeSnippet(String snippet) {
        if (snippet == null) {
            return "";
        }
        String escaped = org.springframework.web.util.HtmlUtils.htmlEscape(snippet.replace("\\", ""), "UTF-8");
        return escaped.replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>");
    }

}
