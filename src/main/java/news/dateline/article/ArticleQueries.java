package news.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.dateline.shared.PartialDate;
import news.dateline.shared.DisplayTimes;
import news.dateline.shared.Markdown;
import news.dateline.shared.StorySummary;
import news.dateline.shared.Picture;
import org.springframework.cache.annotation.Cacheable;
import news.dateline.shared.CacheTags;
import news.dateline.web.ReaderCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads articles for the reader pages, straight into view records: a fixed number of SQL
 * statements per page whatever the number of stories or mentions.
 */
@Service
@Transactional(readOnly = true)
public class ArticleQueries {

    /**
     * A story's lead image, read from its own row: a list's thumbnails come with the
     * list's one statement.
     */
    public static final String PICTURE_COLUMNS = Picture.COLUMNS;

    public static final String CARD_COLUMNS = "a.slug, a.headline, " + StorySummary.COLUMNS + """
            , a.published_at, a.published_precision, a.published_offset, g.name as agency, a.dateline, """
            + PICTURE_COLUMNS;

    private final JdbcClient jdbc;

    private final Markdown markdown;

    private final Clock clock;

    ArticleQueries(JdbcClient jdbc, Markdown markdown, Clock clock) {
        this.jdbc = jdbc;
        this.markdown = markdown;
        this.clock = clock;
    }

    /**
     * The home page goes back {@value #PAGES} pages: the offset stays bounded, never a
     * walk over the archive; older stories are reached through the country, person and
     * event pages' "older stories".
     */
    public static final int PAGES = 50;

    /**
     * Published stories, newest first; {@code page} counts from 1, up to {@link #PAGES}.
     * The total counts the stories of those pages only.
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public ArticleViews.Page latest(int page, int size) {
        CacheTags.add(CacheTags.HOME);
        long total = jdbc.sql("""
                select count(*) from (select 1 from article where status = 'PUBLISHED' and published_at <= ?
                                      order by published_at desc, id desc limit ?) shown""")
            .params(now(), (long) PAGES * size)
            .query(Long.class)
            .single();
        List<ArticleViews.Card> cards = jdbc.sql("select " + CARD_COLUMNS + """
                 from article a left join agency g on g.id = a.agency_id
                where a.status = 'PUBLISHED' and a.published_at <= ?
                order by a.published_at desc, a.id desc
                limit ? offset ?""").params(now(), size, (long) (page - 1) * size).query((rs, n) -> card(rs)).list();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new ArticleViews.Page(cards, page, pages, total);
    }

    /** A published story by its slug. */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<ArticleViews.Full> published(String slug) {
        Optional<ArticleViews.Full> head = jdbc.sql("""
                select a.id, a.slug, a.headline, a.standfirst, a.body, a.photo_caption, a.published_at,
                       a.lead_image, a.lead_image_width, a.lead_image_height, a.lead_image_format, a.lead_image_alt,
                       a.photo_caption as lead_image_caption, a.lead_image_credit,
                       a.published_precision, a.published_offset, a.edited_at, g.name as agency,
                       g.full_name as agency_full_name, a.dateline, a.language,
                       array(select c.code from article_country ac join country c on c.id = ac.country_id
                             where ac.article_id = a.id order by ac.mentions desc, c.name) as country_codes
                from article a left join agency g on g.id = a.agency_id
                where a.slug = ? and a.status = 'PUBLISHED' and a.published_at <= ?""")
            .params(slug, now())
            .query((rs, n) -> new ArticleViews.Full(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
                    rs.getString("standfirst"), markdown.toHtml(rs.getString("body")), rs.getString("photo_caption"),
                    stamp(rs, rs.getTimestamp("published_at").toInstant(), place(rs)), updated(rs, place(rs)),
                    rs.getString("agency"), rs.getString("agency_full_name"), rs.getString("dateline"),
                    rs.getString("language"), List.of(), List.of(), List.of(), picture(rs)))
            .optional();
        return head.map(this::withMentions);
    }

    /** Whether a story under this slug was deleted. */
    public boolean wasDeleted(String slug) {
        return jdbc.sql("select exists (select 1 from article where slug = ? and status = 'DELETED')")
            .param(slug)
            .query(Boolean.class)
            .single();
    }

    /** Where an old slug of a published story now lives. */
    public Optional<String> currentSlug(String oldSlug) {
        return jdbc.sql("""
                select a.slug from article_slug_redirect r join article a on a.id = r.article_id
                where r.old_slug = ? and a.status = 'PUBLISHED'""").param(oldSlug).query(String.class).optional();
    }

    private ArticleViews.Full withMentions(ArticleViews.Full article) {
        CacheTags.add(CacheTags.article(article.id()));
        List<ArticleViews.Link> people = jdbc.sql("""
                select p.slug, p.name, p.id, coalesce(own.role, prior.role) as role, c.name as role_country
                from article_person ap join person p on p.id = ap.person_id
                left join person_role own on own.article_id = ap.article_id and own.person_id = ap.person_id
                left join lateral (select r.role, r.country_id from person_role r
                                   where own.role is null and r.person_id = ap.person_id and r.status = 'PUBLISHED'
                                     and r.published_at <= ap.published_at
                                   order by r.published_at desc, r.article_id desc limit 1) prior on true
                left join country c on c.id = case when own.role is null then prior.country_id else own.country_id end
                where ap.article_id = ? order by ap.mentions desc, p.name""").param(article.id()).query((rs, n) -> {
            CacheTags.add(CacheTags.person(rs.getLong(3)));
            return new ArticleViews.Link(rs.getString(1), rs.getString(2),
                    news.dateline.person.PersonRoles.inWords(rs.getString("role"), rs.getString("role_country")));
        }).list();
        List<ArticleViews.Link> countries = jdbc.sql("""
                select c.slug, c.name, c.id, c.code from article_country ac join country c on c.id = ac.country_id
                where ac.article_id = ? order by ac.mentions desc, c.name""").param(article.id()).query((rs, n) -> {
            CacheTags.add(CacheTags.country(rs.getLong(3)));
            return new ArticleViews.Link(rs.getString(1), rs.getString(2), null, rs.getString(4));
        }).list();
        List<ArticleViews.EventLink> events = jdbc.sql("""
                select e.slug, e.title, e.start_date, e.date_precision, e.id from article_event ae
                join event e on e.id = ae.event_id where ae.article_id = ? order by e.start_date, e.id""")
            .param(article.id())
            .query((rs, n) -> {
                CacheTags.add(CacheTags.event(rs.getLong("id")));
                return new ArticleViews.EventLink(rs.getString("slug"), rs.getString("title"),
                        PartialDate
                            .of(rs.getObject("start_date", java.time.LocalDate.class),
                                    PartialDate.Precision.valueOf(rs.getString("date_precision")))
                            .display());
            })
            .list();
        return new ArticleViews.Full(article.id(), article.slug(), article.headline(), article.standfirst(),
                article.bodyHtml(), article.photoCaption(), article.published(), article.updated(), article.agency(),
                article.agencyFullName(), article.dateline(), article.language(), people, countries, events,
                article.picture());
    }

    static ArticleViews.Card card(ResultSet rs) throws SQLException {
        return new ArticleViews.Card(rs.getString("slug"), rs.getString("headline"), StorySummary.forCard(rs),
                published(rs), rs.getString("agency"), rs.getString("dateline"), picture(rs));
    }

    /** The lead image of a row read with {@link #PICTURE_COLUMNS}, or null. */
    public static Picture picture(ResultSet rs) throws SQLException {
        return Picture.from(rs);
    }

    /**
     * The time an editor last changed the story's text after it was published, or null
     * when nobody did: a save that changed nothing, a draft's saves, the publication of a
     * story written earlier and an import are no update.
     */
    private static DisplayTimes.Stamp updated(ResultSet rs, String place) throws SQLException {
        Instant published = rs.getTimestamp("published_at").toInstant();
        java.sql.Timestamp edited = rs.getTimestamp("edited_at");
        Instant updated = edited == null ? null : edited.toInstant();
        if (updated == null || !updated.isAfter(published.plusSeconds(60))) {
            return null;
        }
        return DisplayTimes.of(updated, true, rs.getString("published_offset"), place);
    }

    /**
     * Where a story's clock is: its dateline, or the city of the zone of the country it
     * names most among those whose zone is at the story's offset ("Vientiane" for a KPL
     * story about Laos and Azerbaijan filed at UTC+7).
     */
    private static String place(ResultSet rs) throws SQLException {
        String dateline = rs.getString("dateline");
        if (dateline != null) {
            return dateline;
        }
        for (String code : (String[]) rs.getArray("country_codes").getArray()) {
            String city = DisplayTimes.cityOf(code, rs.getString("published_offset"),
                    rs.getTimestamp("published_at").toInstant());
            if (city != null) {
                return city;
            }
        }
        return null;
    }

    private static DisplayTimes.Stamp stamp(ResultSet rs, Instant at, String place) throws SQLException {
        return DisplayTimes.of(at, "MINUTE".equals(rs.getString("published_precision")),
                rs.getString("published_offset"), place);
    }

    static DisplayTimes.Stamp published(ResultSet rs) throws SQLException {
        return DisplayTimes.of(rs.getTimestamp("published_at").toInstant(),
                "MINUTE".equals(rs.getString("published_precision")), rs.getString("published_offset"),
                rs.getString("dateline"));
    }

    private java.time.OffsetDateTime now() {
        return news.dateline.shared.SqlTime.now(clock);
    }

}
