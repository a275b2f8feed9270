package news.dateline.newsroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.dateline.shared.DisplayTimes;
import news.dateline.shared.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's list of stories: counts per status, filters by status, headline words,
 * agency, country and person, four orders, and keyset pagination ("Next" carries the id
 * of the last story shown; the next page starts after its place in the order), so that a
 * page costs the same at a million stories as at five: each order has its index (V7,
 * V20).
 */
@Service
public class StoryList {

    /** Stories on a page. */
    public static final int PAGE_SIZE = 50;

    /** The statuses the list can be narrowed to. */
    public static final List<String> STATUSES = List.of("DRAFT", "SCHEDULED", "PUBLISHED");

    private final JdbcClient jdbc;

    StoryList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The orders offered: key, label, the column, ascending or not. */
    public enum Order {

        CHANGED("changed", "Last changed", "updated_at", false),
        NEWEST("newest", "Newest first", "published_at", false), OLDEST("oldest", "Oldest first", "published_at", true),
        HEADLINE("headline", "Headline, A to Z", "headline", true);

        private final String key;

        private final String label;

        private final String column;

        private final boolean ascending;

        Order(String key, String label, String column, boolean ascending) {
            this.key = key;
            this.label = label;
            this.column = column;
            this.ascending = ascending;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public static Order of(String key) {
            for (Order order : values()) {
                if (order.key.equals(key)) {
                    return order;
                }
            }
            return CHANGED;
        }

    }

    /**
     * What the editor asked for, as typed.
     *
     * @param agency an agency's slug
     * @param country an ISO alpha-2 code
     * @param person a person's slug or name
     * @param after the id of the last story of the previous page
     */
    public record Filter(String words, String status, String agency, String country, String person, String sort,
            String after) {

        public Filter {
            words = cut(words, 200);
            status = STATUSES.contains(status) ? status : "";
            agency = cut(agency, 80);
            country = cut(country, 2);
            person = cut(person, 200);
            sort = Order.of(sort).key();
            after = after != null && after.matches("\\d{1,18}") ? after : "";
        }

        private static String cut(String text, int max) {
            String value = text == null ? "" : text.strip();
            return value.length() > max ? value.substring(0, max) : value;
        }

        public Order order() {
            return Order.of(sort);
        }
    }

    /**
     * A row of the list.
     *
     * @param status DRAFT, SCHEDULED or PUBLISHED
     * @param statusLabel the status in words
     */
    public record Row(long id, String slug, String headline, String status, String statusLabel, String publishedAt,
            String agency, String updatedBy) {

        public boolean published() {
            return "PUBLISHED".equals(status);
        }
    }

    /**
     * A page of the list.
     *
     * @param counts stories per status (all statuses, whatever the filters), in order
     * @param next the id to start the next page after, or null on the last page
     * @param problem what in the filters named nothing ("No person named …"), or null
     */
    public record Page(List<Row> rows, Map<String, Long> counts, String next, String problem) {

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A status in words: "Published", "Draft", "Scheduled". */
    public static String label(String status) {
        return switch (status) {
            case "PUBLISHED" -> "Published";
            case "SCHEDULED" -> "Scheduled";
            case "DRAFT" -> "Draft";
            case "DELETED" -> "Deleted";
            default -> status;
        };
    }

    @Transactional(readOnly = true)
    public Page page(Filter filter) {
        return page(filter, PAGE_SIZE);
    }

    /** A page of {@code size} stories. */
    @Transactional(readOnly = true)
    Page page(Filter filter, int size) {
        Map<String, Long> counts = counts();
        StringBuilder where = new StringBuilder("a.status <> 'DELETED'");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!filter.status().isEmpty()) {
            where.append(" and a.status = :status");
            params.put("status", filter.status());
        }
        if (!filter.words().isEmpty()) {
            where.append(" and dl_fold(a.headline) like dl_fold(:like)");
            params.put("like", Like.anywhere(filter.words()));
        }
        if (!filter.agency().isEmpty()) {
            Optional<Long> agency = id("select id from agency where slug = ?", filter.agency());
            if (agency.isEmpty()) {
                return new Page(List.of(), counts, null, "No agency " + filter.agency() + ".");
            }
            where.append(" and a.agency_id = :agency");
            params.put("agency", agency.get());
        }
        if (!filter.country().isEmpty()) {
            Optional<Long> country = id("select id from country where code = ?", filter.country().toUpperCase());
            if (country.isEmpty()) {
                return new Page(List.of(), counts, null, "No country with the code " + filter.country() + ".");
            }
            where.append(" and exists (select 1 from article_country ac where ac.article_id = a.id"
                    + " and ac.country_id = :country)");
            params.put("country", country.get());
        }
        if (!filter.person().isEmpty()) {
            Optional<Long> person = id(
                    """
                            select id from person where slug = ? or dl_fold(name) = dl_fold(?) order by slug = ? desc, id limit 1""",
                    filter.person(), filter.person(), filter.person());
            if (person.isEmpty()) {
                return new Page(List.of(), counts, null, "No person named " + filter.person() + ".");
            }
            where.append(" and exists (select 1 from article_person ap where ap.article_id = a.id"
                    + " and ap.person_id = :person)");
            params.put("person", person.get());
        }
        Order order = filter.order();
        String column = "a." + order.column;
        if (!filter.after().isEmpty()) {
            where.append(" and (")
                .append(column)
                .append(", a.id) ")
                .append(order.ascending ? ">" : "<")
                .append(" (select x.")
                .append(order.column)
                .append(", x.id from article x where x.id = :after)");
            params.put("after", Long.valueOf(filter.after()));
        }
        String direction = order.ascending ? " asc" : " desc";
        var statement = jdbc.sql("""
                select a.id, a.slug, a.headline, a.status, a.published_at, a.published_offset, a.published_precision,
                       a.updated_by, g.name as agency
                from article a left join agency g on g.id = a.agency_id
                where %s
                order by %s%s, a.id%s limit :limit""".formatted(where, column, direction, direction));
        for (Map.Entry<String, Object> param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        List<Row> rows = new ArrayList<>(statement.param("limit", size + 1)
            .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
                    rs.getString("status"), label(rs.getString("status")),
                    DisplayTimes
                        .of(rs.getTimestamp("published_at").toInstant(),
                                !"DAY".equals(rs.getString("published_precision")), rs.getString("published_offset"))
                        .text(),
                    rs.getString("agency"), rs.getString("updated_by")))
            .list());
        String next = null;
        if (rows.size() > size) {
            rows.remove(size);
            next = String.valueOf(rows.get(size - 1).id());
        }
        return new Page(rows, counts, next, null);
    }

    /** Stories per status, from the status index alone. */
    @Transactional(readOnly = true)
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUSES.forEach(status -> counts.put(status, 0L));
        jdbc.sql(
                "select status, count(*) from article where status in ('DRAFT', 'SCHEDULED', 'PUBLISHED') group by status")
            .query(rs -> {
                counts.put(rs.getString(1), rs.getLong(2));
            });
        return counts;
    }

    /** The agencies that have stories, by name: the filter's choices. */
    @Transactional(readOnly = true)
    public List<Choice> agencies() {
        return jdbc.sql("select slug, name from agency order by name")
            .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), false, false))
            .list();
    }

    /** The countries, by name: the filter's choices. */
    @Transactional(readOnly = true)
    public List<Choice> countries() {
        return jdbc.sql("select code, name from country order by name")
            .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), false, false))
            .list();
    }

    /** The stories with these ids, not deleted: what a bulk action is about to change. */
    @Transactional(readOnly = true)
    public List<Row> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.id, a.slug, a.headline, a.status, a.published_at, a.published_offset, a.published_precision,
                       a.updated_by, g.name as agency
                from article a left join agency g on g.id = a.agency_id
                where a.id = any(?) and a.status <> 'DELETED' order by a.headline, a.id""")
            .param(ids.toArray(Long[]::new))
            .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
                    rs.getString("status"), label(rs.getString("status")),
                    DisplayTimes
                        .of(rs.getTimestamp("published_at").toInstant(),
                                !"DAY".equals(rs.getString("published_precision")), rs.getString("published_offset"))
                        .text(),
                    rs.getString("agency"), rs.getString("updated_by")))
            .list();
    }

    private Optional<Long> id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).optional();
    }

}
