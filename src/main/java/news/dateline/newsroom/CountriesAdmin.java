package news.dateline.newsroom;

import static news.dateline.newsroom.FormText.blankToNull;
import static news.dateline.newsroom.FormText.nullToEmpty;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import news.dateline.country.Countries;
import news.dateline.shared.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Countries in the newsroom: their names and codes come from the JDK; editors keep their
 * aliases and demonyms, checked here and written through {@link Countries}.
 */
@Service
public class CountriesAdmin {

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final Countries countries;

    CountriesAdmin(JdbcClient jdbc, AuditLog audit, Countries countries) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.countries = countries;
    }

    /**
     * A row of the list: stories count drafts too; aliases and demonyms as one line each.
     */
    public record CountryRow(String code, String name, String slug, long stories, long events, String aliases,
            String demonyms) {
    }

    /**
     * A country's page in the newsroom: what cannot change, and the form for what can.
     */
    public record CountryView(String code, String name, String slug, CountryForm form) {
    }

    /**
     * Without words, the countries that have stories or events; with words, every country
     * whose name, code, alias or demonym contains them, accents and case folded.
     */
    @Transactional(readOnly = true)
    public List<CountryRow> list(String words) {
        String like = blankToNull(words) == null ? null : Like.anywhere(words);
        String where = like == null ? """
                where exists (select 1 from article_country ac join article a on a.id = ac.article_id
                              where ac.country_id = c.id and a.status <> 'DELETED')
                   or exists (select 1 from event_country ec where ec.country_id = c.id)"""
                : """
                        where dl_fold(c.name) like dl_fold(:like) or lower(c.code) = lower(:words)
                           or exists (select 1 from country_alias ca where ca.country_id = c.id and dl_fold(ca.alias) like dl_fold(:like))""";
        var statement = jdbc.sql("""
                select c.code, c.name, c.slug,
                       (select count(*) from article_country ac join article a on a.id = ac.article_id
                         where ac.country_id = c.id and a.status <> 'DELETED') as stories,
                       (select count(*) from event_country ec where ec.country_id = c.id) as events,
                       (select string_agg(ca.alias, ', ' order by ca.alias) from country_alias ca
                         where ca.country_id = c.id and ca.kind = 'NAME') as aliases,
                       (select string_agg(ca.alias, ', ' order by ca.alias) from country_alias ca
                         where ca.country_id = c.id and ca.kind = 'DEMONYM') as demonyms
                from country c
                """ + where + " order by c.name");
        if (like != null) {
            statement = statement.param("like", like).param("words", words.strip());
        }
        return statement
            .query((rs, n) -> new CountryRow(rs.getString("code"), rs.getString("name"), rs.getString("slug"),
                    rs.getLong("stories"), rs.getLong("events"), nullToEmpty(rs.getString("aliases")),
                    nullToEmpty(rs.getString("demonyms"))))
            .list();
    }

    @Transactional(readOnly = true)
    public Optional<CountryView> view(String code) {
        return jdbc.sql("""
                select c.code, c.name, c.slug,
                       (select string_agg(ca.alias, chr(10) order by ca.alias) from country_alias ca
                         where ca.country_id = c.id and ca.kind = 'NAME') as aliases,
                       (select string_agg(ca.alias, chr(10) order by ca.alias) from country_alias ca
                         where ca.country_id = c.id and ca.kind = 'DEMONYM') as demonyms
                from country c where c.code = ?""")
            .param(code.toUpperCase(Locale.ROOT))
            .query((rs, n) -> new CountryView(rs.getString("code"), rs.getString("name"), rs.getString("slug"),
                    new CountryForm(nullToEmpty(rs.getString("aliases")), nullToEmpty(rs.getString("demonyms")))))
            .optional();
    }

    /**
     * Replaces the country's aliases and demonyms with the lines typed.
     * @return whether it was saved; if not, what is wrong is in {@code errors}
     */
    @Transactional
    public boolean save(String code, CountryForm form, String actor, Map<String, String> errors) {
        List<String> aliases = FormText.lines(form.aliases());
        List<String> demonyms = FormText.lines(form.demonyms());
        tooLong(aliases).ifPresent(
                a -> errors.putIfAbsent("aliases", "An alias has at most 200 characters: “" + a + "…” is longer."));
        tooLong(demonyms).ifPresent(
                d -> errors.putIfAbsent("demonyms", "A demonym has at most 200 characters: “" + d + "…” is longer."));
        demonyms.stream()
            .filter(aliases::contains)
            .findFirst()
            .ifPresent(
                    d -> errors.putIfAbsent("demonyms", "“" + d + "” is already an alias: keep it in one list only."));
        Long id = jdbc.sql("select id from country where code = ? for update")
            .param(code.toUpperCase(Locale.ROOT))
            .query(Long.class)
            .optional()
            .orElse(null);
        if (id == null) {
            errors.put("aliases", "There is no country with the code " + code + ".");
        }
        if (!errors.isEmpty()) {
            return false;
        }
        countries.replaceAliases(id, aliases, demonyms);
        audit.record(actor, "EDITED", "COUNTRY", id, code.toUpperCase(Locale.ROOT) + " aliases: "
                + String.join(", ", aliases) + "; demonyms: " + String.join(", ", demonyms));
        return true;
    }

    private static Optional<String> tooLong(List<String> lines) {
        return lines.stream().filter(line -> line.length() > 200).findFirst().map(line -> line.substring(0, 40));
    }

}
