package news.dateline.newsroom;

import static news.dateline.newsroom.FormText.blankToNull;
import static news.dateline.newsroom.FormText.nullToEmpty;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import news.dateline.person.People;
import news.dateline.shared.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's list and form of people, and merging two records of the same person:
 * checks the form and the version it was filled from, writes through {@link People} and
 * records the audit log.
 */
@Service
public class PeopleAdmin {

    public static final int LIST_LIMIT = 500;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final People people;

    PeopleAdmin(JdbcClient jdbc, AuditLog audit, People people) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.people = people;
    }

    /**
     * A row of the list: the country by name, the stories that tag the person (drafts
     * too).
     */
    public record PersonRow(String slug, String name, String role, String country, long stories) {
    }

    /**
     * The people whose name or alias contains the words, accents and case folded; all
     * without words.
     */
    @Transactional(readOnly = true)
    public List<PersonRow> list(String words) {
        String like = blankToNull(words) == null ? null : Like.anywhere(words);
        String where = like == null ? ""
                : """
                        where dl_fold(p.name) like dl_fold(:like)
                           or exists (select 1 from person_alias pa where pa.person_id = p.id and dl_fold(pa.alias) like dl_fold(:like))""";
        var statement = jdbc.sql("""
                select p.slug, p.name, p.role, c.name as country,
                       (select count(*) from article_person ap join article a on a.id = ap.article_id
                         where ap.person_id = p.id and a.status <> 'DELETED') as stories
                from person p left join country c on c.id = p.country_id
                """ + where + " order by p.name, p.slug limit :limit").param("limit", LIST_LIMIT);
        if (like != null) {
            statement = statement.param("like", like);
        }
        return statement
            .query((rs, n) -> new PersonRow(rs.getString("slug"), rs.getString("name"), rs.getString("role"),
                    rs.getString("country"), rs.getLong("stories")))
            .list();
    }

    /** The form filled from the person as stored. */
    @Transactional(readOnly = true)
    public Optional<PersonForm> form(String slug) {
        return jdbc
            .sql("""
                    select p.name, p.role, c.code, p.version,
                           (select string_agg(pa.alias, chr(10) order by pa.alias) from person_alias pa where pa.person_id = p.id) as aliases
                    from person p left join country c on c.id = p.country_id where p.slug = ?""")
            .param(slug)
            .query((rs, n) -> new PersonForm(rs.getString("name"), nullToEmpty(rs.getString("role")),
                    nullToEmpty(rs.getString("code")), nullToEmpty(rs.getString("aliases")),
                    String.valueOf(rs.getInt("version"))))
            .optional();
    }

    /** Everyone but this person, by name: who can be merged into them. */
    @Transactional(readOnly = true)
    public List<Choice> others(String slug) {
        return jdbc.sql("select slug, name from person where slug <> ? order by name, slug")
            .param(slug)
            .query((rs, n) -> new Choice(rs.getString("slug"), rs.getString("name") + " (" + rs.getString("slug") + ")",
                    false, false))
            .list();
    }

    /**
     * Creates the person ({@code slug} null) or changes them; a new person's slug comes
     * from the name, and a renamed person keeps theirs. Writes nothing when something is
     * wrong.
     * @return the person's slug, or null with what is wrong in {@code errors}
     */
    @Transactional
    public String save(String slug, PersonForm form, String actor, Map<String, String> errors) {
        Long countryId = null;
        String code = blankToNull(form.country());
        if (code != null && !errors.containsKey("country")) {
            countryId = jdbc.sql("select id from country where code = ?")
                .param(code.toUpperCase(Locale.ROOT))
                .query(Long.class)
                .optional()
                .orElse(null);
            if (countryId == null) {
                errors.put("country", "There is no country with the code " + code + ".");
            }
        }
        List<String> aliases = FormText.lines(form.aliases());
        aliases.stream()
            .filter(a -> a.length() > 200)
            .findFirst()
            .ifPresent(a -> errors.putIfAbsent("aliases",
                    "An alias has at most 200 characters: “" + a.substring(0, 40) + "…” is longer."));
        Stored stored = slug == null ? null
                : jdbc.sql("select id, version from person where slug = ? for update")
                    .param(slug)
                    .query((rs, n) -> new Stored(rs.getLong("id"), rs.getInt("version")))
                    .optional()
                    .orElse(null);
        if (slug != null && stored == null) {
            errors.put("name", "This person was merged into another or removed meanwhile: nothing was saved.");
        }
        else if (stored != null && stored.changedSince(form.version())) {
            errors.put("version", "Someone else saved this person while you were editing: their version is shown here. "
                    + "Yours is below, not saved yet: press Save again to replace theirs with it.");
        }
        Long id = stored == null ? null : stored.id();
        if (!errors.isEmpty()) {
            return null;
        }
        String name = form.name().strip();
        String role = blankToNull(form.role());
        boolean created = id == null;
        if (created) {
            People.Added added = people.add(name, role, countryId, aliases);
            id = added.id();
            slug = added.slug();
        }
        else {
            people.edit(id, name, role, countryId, aliases);
        }
        audit.record(actor, created ? "CREATED" : "EDITED", "PERSON", id, name + " /people/" + slug);
        return slug;
    }

    /**
     * Merges the person {@code fromSlug} into {@code intoSlug}, for two records of one
     * person: their stories (mentions summed when both are tagged), events, name and
     * aliases move over, the old address answers 301 to the kept person's page, and the
     * other record is deleted.
     * @return the merged person's name, or null with what is wrong in {@code errors}
     * under "from"
     */
    @Transactional
    public String merge(String intoSlug, String fromSlug, String actor, Map<String, String> errors) {
        String from = blankToNull(fromSlug);
        if (from == null) {
            errors.put("from", "Choose the person to merge into this one.");
            return null;
        }
        if (from.equals(intoSlug)) {
            errors.put("from", "A person cannot be merged into themselves: choose another person.");
            return null;
        }
        record Row(long id, String slug, String name) {
        }
        Map<String, Row> rows = new java.util.HashMap<>();
        jdbc.sql("select id, slug, name from person where slug in (?, ?) order by id for update")
            .params(intoSlug, from)
            .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
            .list()
            .forEach(row -> rows.put(row.slug(), row));
        Row into = rows.get(intoSlug);
        Row other = rows.get(from);
        if (into == null) {
            errors.put("from", "This person was merged into another or removed meanwhile: nothing was merged.");
            return null;
        }
        if (other == null) {
            errors.put("from", "There is no person with the slug " + from + ".");
            return null;
        }
        people.merge(into.id(), other.id());
        audit.record(actor, "MERGED", "PERSON", into.id(),
                other.name() + " /people/" + other.slug() + " into " + into.name() + " /people/" + into.slug());
        return other.name();
    }

}
